package org.ownmeet.installers.privacy;

import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;

@TestBedTest
class Pre2025ShapePrivacyTest extends PrivacyLifecycle {
    @Override
    JitsiShape shape() {
        return JitsiShape.PRE_2025;
    }
}
