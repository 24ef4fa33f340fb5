// placeholder, replaced by the pairing module
