package org.ownmeet.installers.documents.handout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.ownmeet.installers.secret.Secret;

/**
 * The page a new host receives, in the profile's language (English, German, Italian): the meeting
 * address, the user name, the one-time password, how to choose their own password (the server's
 * password page, or an XMPP app where desktop apps are allowed), and that the person who set up the
 * server never learns it. Made in memory as PDF, with its fonts embedded; OwnMeet writes it nowhere
 * itself (the wizard saves it where the user says, or prints it).
 */
public final class Handout {
    /** Where OwnMeet publishes the page on which hosts change their password. */
    public static final String PASSWORD_PAGE_PATH = "/ownmeet/password/";
    public static final List<String> LANGUAGES = List.of("en", "de", "it");
    private static final String FONTS = "/org/ownmeet/installers/documents/fonts/";
    private static final Configuration TEMPLATES = templates();

    /**
     * What the page says besides the password.
     *
     * @param language     "en", "de" or "it" (the profile's language); another is taken as English
     * @param domain       the meeting domain as the server knows it
     * @param organisation who runs the meetings, or null
     * @param user         the host's user name
     * @param desktopApps  whether the server lets desktop XMPP apps in (then they can change it there too)
     */
    public record Content(String language, String domain, String organisation, String user, boolean desktopApps) {
        public String language() {
            return LANGUAGES.contains(language) ? language : "en";
        }
    }

    private Handout() {
    }

    /** The page as PDF. The password is read only while the page is made; the caller wipes the bytes after use. */
    public static byte[] pdf(Content content, Secret oneTimePassword) {
        PdfLog.install();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .withProducer("OwnMeet")
                    .useFont(font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true)
                    .useFont(font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true)
                    .useFont(font("DejaVuSansMono-Bold.ttf"), "DejaVu Sans Mono", 700, FontStyle.NORMAL, true)
                    .withHtmlContent(html(content, oneTimePassword), Handout.class.getResource("").toExternalForm())
                    .toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the handout could not be made as PDF", e);
        } finally {
            // the stream's own buffer held the page too
            byte[] buffer = out.toByteArray();
            Arrays.fill(buffer, (byte) 0);
            out.reset();
        }
    }

    /** The page as XHTML, before it becomes PDF. */
    static String html(Content content, Secret oneTimePassword) {
        ResourceBundle words = ResourceBundle.getBundle("org.ownmeet.installers.documents.handout.handout",
                Locale.forLanguageTag(content.language()), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, Object> model = new HashMap<>();
        Map<String, String> text = new HashMap<>();
        words.keySet().forEach(key -> text.put(key, words.getString(key)));
        model.put("t", text);
        model.put("language", content.language());
        model.put("address", "https://" + content.domain() + "/");
        model.put("passwordPage", "https://" + content.domain() + PASSWORD_PAGE_PATH);
        model.put("organisation", content.organisation() == null || content.organisation().isBlank() ? "" : content.organisation());
        model.put("user", content.user());
        model.put("login", content.user() + "@" + content.domain());
        model.put("desktopApps", content.desktopApps());
        char[] chars = oneTimePassword.chars();
        try {
            model.put("password", new String(chars));
            StringWriter page = new StringWriter();
            TEMPLATES.getTemplate("handout.html.ftlh", Locale.ROOT).process(model, page);
            return page.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("the handout template failed", e);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static FSSupplier<InputStream> font(String file) {
        return () -> Handout.class.getResourceAsStream(FONTS + file);
    }

    private static Configuration templates() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setClassForTemplateLoading(Handout.class, "");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setFallbackOnNullLoopVariable(false);
        return configuration;
    }
}
