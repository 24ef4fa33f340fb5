// placeholder, replaced by the ui layer
