package org.ownmeet.steps.connection;

/** How the user proves who they are on the server. */
public enum LoginMethod {
    PASSWORD("password"), KEY_FILE("keyFile"), AGENT("agent");

    private final String key;

    LoginMethod(String key) {
        this.key = key;
    }

    /** Its name in text keys ({@code connection.method.keyFile}) and node ids ({@code #loginKeyFile}). */
    public String key() {
        return key;
    }
}
