package org.ownmeet.installers.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * One template per document and format ({@code .html.ftlh}, escaped as HTML; {@code .md.ftlmd},
 * escaped as Markdown), the same for every language: the words come from {@link DocumentTexts}.
 */
final class DocumentTemplates {
    private static final Configuration TEMPLATES = configuration();

    private DocumentTemplates() {
    }

    static String html(DocumentKind kind, DocumentFacts facts, boolean forPrint) {
        return render(kind.base() + ".html.ftlh", facts, forPrint);
    }

    static String markdown(DocumentKind kind, DocumentFacts facts) {
        return render(kind.base() + ".md.ftlmd", facts, false);
    }

    private static String render(String template, DocumentFacts facts, boolean forPrint) {
        Map<String, Object> model = Map.of("f", facts, "t", new DocumentTexts(facts.language()), "print", forPrint);
        try {
            StringWriter out = new StringWriter();
            TEMPLATES.getTemplate(template, Locale.ROOT).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("the document template " + template + " failed for " + facts.language(), e);
        }
    }

    private static Configuration configuration() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setClassForTemplateLoading(DocumentTemplates.class, "");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        configuration.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlmd"),
                markdown));
        return configuration;
    }
}
