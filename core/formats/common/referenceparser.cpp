#include "referenceparser.h"
