package org.ownmeet.installers.xmpp;

import org.jivesoftware.smack.ConnectionConfiguration;
import org.ownmeet.installers.web.VerifiedTls;

/** Smack's settings plus where BOSH is: the verified TLS connector and the path on the web server. */
final class BoshConnectionConfiguration extends ConnectionConfiguration {
    private final VerifiedTls tls;
    private final String path;

    private BoshConnectionConfiguration(Builder builder) {
        super(builder);
        this.tls = builder.tls;
        this.path = builder.path;
    }

    VerifiedTls tls() {
        return tls;
    }

    String path() {
        return path;
    }

    static Builder builder(VerifiedTls tls, String path) {
        return new Builder(tls, path);
    }

    static final class Builder extends ConnectionConfiguration.Builder<Builder, BoshConnectionConfiguration> {
        private final VerifiedTls tls;
        private final String path;

        private Builder(VerifiedTls tls, String path) {
            this.tls = tls;
            this.path = path;
        }

        @Override
        public BoshConnectionConfiguration build() {
            return new BoshConnectionConfiguration(this);
        }

        @Override
        protected Builder getThis() {
            return this;
        }
    }
}
