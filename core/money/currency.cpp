#include "currency.h"
