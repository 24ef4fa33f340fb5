#include "iban.h"
