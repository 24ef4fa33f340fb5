#include "paymentreference.h"
