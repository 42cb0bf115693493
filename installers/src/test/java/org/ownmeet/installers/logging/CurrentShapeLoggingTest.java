package org.ownmeet.installers.logging;

import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;

@TestBedTest
class CurrentShapeLoggingTest extends LoggingLifecycle {
    @Override
    JitsiShape shape() {
        return JitsiShape.CURRENT;
    }
}
