package org.ownmeet.installers.privacy;

import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;

@TestBedTest
class CurrentShapePrivacyTest extends PrivacyLifecycle {
    @Override
    JitsiShape shape() {
        return JitsiShape.CURRENT;
    }
}
