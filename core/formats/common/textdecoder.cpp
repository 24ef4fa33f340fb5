#include "textdecoder.h"
