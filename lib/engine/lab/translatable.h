#pragma once
// Marks English text that the front ends translate: lupdate reads the marker (with its context),
// LabText looks the text up at run time, and the engine itself stays without Qt.

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif
