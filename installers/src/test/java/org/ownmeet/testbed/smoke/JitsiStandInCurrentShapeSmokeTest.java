package org.ownmeet.testbed.smoke;

import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;

@TestBedTest
class JitsiStandInCurrentShapeSmokeTest extends JitsiStandInInstall {
    @Override
    JitsiShape shape() {
        return JitsiShape.CURRENT;
    }

    @Override
    String mainHostAuthentication() {
        return "jitsi-anonymous";
    }
}
