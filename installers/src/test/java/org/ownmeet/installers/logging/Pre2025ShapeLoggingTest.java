package org.ownmeet.installers.logging;

import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;

@TestBedTest
class Pre2025ShapeLoggingTest extends LoggingLifecycle {
    @Override
    JitsiShape shape() {
        return JitsiShape.PRE_2025;
    }
}
