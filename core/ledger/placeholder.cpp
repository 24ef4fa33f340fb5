// placeholder, replaced by the ledger module
