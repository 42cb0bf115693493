package org.ownmeet.installers.verify;

import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;

@TestBedTest
class VerifierCurrentShapeTest extends VerifierOnTestBed {
    @Override
    JitsiShape shape() {
        return JitsiShape.CURRENT;
    }
}
