package org.ownmeet.installers.ssh;

import org.ownmeet.installers.secret.Logs;
import org.slf4j.Logger;

/** SSHJ's logging hook, pointed at OwnMeet's redacting loggers, so SSHJ's lines are cleaned too. */
final class SshjLogging implements net.schmizz.sshj.common.LoggerFactory {
    static final SshjLogging INSTANCE = new SshjLogging();

    @Override
    public Logger getLogger(String name) {
        return Logs.logger(name);
    }

    @Override
    public Logger getLogger(Class<?> owner) {
        return Logs.logger(owner);
    }
}
