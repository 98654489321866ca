#pragma once
// whatif lives in lib/engine/whatif now; this keeps older includes working.
#include "whatif/whatif.h"
