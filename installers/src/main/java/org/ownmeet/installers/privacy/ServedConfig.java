package org.ownmeet.installers.privacy;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The {@code config} object a browser gets from the server's {@code config.js}, as JSON: the file is
 * run as a browser runs it (its code decides, e.g. the JaaS lines run only with JaaS on), in a
 * sandbox with the standard objects only (no Java, no network) and a bound on the work it may do.
 */
public final class ServedConfig {
    private static final int MOST_INSTRUCTIONS = 5_000_000;
    private static final ContextFactory SANDBOX = new ContextFactory() {
        @Override
        protected boolean hasFeature(Context cx, int featureIndex) {
            return featureIndex != Context.FEATURE_ENHANCED_JAVA_ACCESS && super.hasFeature(cx, featureIndex);
        }

        @Override
        protected void observeInstructionCount(Context cx, int instructionCount) {
            throw new IllegalStateException("the script runs too long");
        }

        @Override
        protected Context makeContext() {
            Context cx = super.makeContext();
            cx.setLanguageVersion(Context.VERSION_ES6);
            cx.setOptimizationLevel(-1);
            cx.setInstructionObserverThreshold(MOST_INSTRUCTIONS);
            return cx;
        }
    };

    private ServedConfig() {
    }

    /** @throws IllegalArgumentException when the file does not run or defines no {@code config} object */
    public static String asJson(String configJs) {
        return objectAsJson(configJs, "config.js", "config");
    }

    /**
     * The object a served script ({@code interface_config.js}, say) leaves in {@code variable}, as JSON.
     *
     * @throws IllegalArgumentException when the file does not run or defines no such object
     */
    public static String objectAsJson(String script, String file, String variable) {
        try (Context cx = SANDBOX.enterContext()) {
            ScriptableObject scope = cx.initSafeStandardObjects();
            // what the script may look up in a browser; it finds nothing of interest there
            ScriptableObject.putProperty(scope, "window", scope);
            cx.evaluateString(scope, script, file, 1, null);
            Object object = ScriptableObject.getProperty(scope, variable);
            if (!(object instanceof Scriptable)) {
                throw new IllegalArgumentException(file + " defines no " + variable + " object");
            }
            return (String) NativeJSON.stringify(cx, scope, object, null, null);
        } catch (EvaluatorException | JavaScriptException e) {
            throw new IllegalArgumentException(file + " does not run: " + e.details(), e);
        } catch (RhinoException | IllegalStateException e) {
            throw new IllegalArgumentException(file + " does not run: " + e.getMessage(), e);
        }
    }
}
