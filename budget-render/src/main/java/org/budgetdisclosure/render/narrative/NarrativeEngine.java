package org.budgetdisclosure.render.narrative;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.budgetdisclosure.render.document.Section;
import org.budgetdisclosure.render.document.Table;

/**
 * Renders narrative templates (FreeMarker) into blocks of the document.
 *
 * <p>A template does not write text out; it calls directives that add blocks: {@code <@h level=2>…</@h>} a
 * heading, {@code <@p>…</@p>} a paragraph ({@code style="label"} or {@code "note"} for others),
 * {@code <@list><@item label="1、">…</@item></@list>} a numbered list, {@code <@table name="…"/>} one of the
 * narrative's tables, {@code <@page landscape=true/>} a new section. The data are strings, lists and maps only
 * ({@link NarrativeModel}); budget text is data, never template source, so {@code ${7*7}} in a name prints as
 * written.
 *
 * <p>Templates are looked up first in the user's directory or class path, then among the bundled ones, so any
 * bundled template can be overridden by a file of the same name. The configuration is locked down: no
 * {@code ?new} of any class, no {@code ?api}, errors rethrown. Instances are immutable and thread-safe; the
 * configuration and its template cache are built once.
 */
public final class NarrativeEngine {

    /** The class-path folder of the bundled templates: the bundled profiles' folders. */
    public static final String BUNDLED = "/org/budgetdisclosure/render/profiles";

    /** The longest a narrative template may run. */
    public static final java.time.Duration TIME_LIMIT = java.time.Duration.ofSeconds(20);

    /** The most characters a narrative template may write (its paragraphs, headings and items together). */
    public static final int MAX_OUTPUT_CHARACTERS = 4_000_000;

    private static final NarrativeEngine DEFAULT = new NarrativeEngine(List.of(), List.of(), List.of());

    private final Configuration configuration;
    private final List<TemplateLoader> userLoaders;
    private final List<TemplateLoader> fallbacks;
    /**
     * Where its templates come from, in order (a directory, a class path folder, a profile's folder, a bundled
     * parent): the engine's value, so that equal engines made per request share the caches keyed by engine.
     */
    private final List<List<Object>> sources;

    private NarrativeEngine(
            List<TemplateLoader> userLoaders, List<TemplateLoader> fallbacks, List<List<Object>> sources) {
        this.sources = List.copyOf(sources);
        this.userLoaders = List.copyOf(userLoaders);
        this.fallbacks = List.copyOf(fallbacks);
        Configuration c = new TemplateLimits.InterruptibleConfiguration();
        List<TemplateLoader> loaders = new ArrayList<>(userLoaders);
        loaders.add(new ClassTemplateLoader(NarrativeEngine.class, BUNDLED));
        loaders.addAll(fallbacks);
        c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        c.setLocalizedLookup(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        c.setNumberFormat("computer");
        // whatever the JVM's locale and time zone: the same text
        c.setLocale(java.util.Locale.ROOT);
        c.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        this.configuration = c;
    }

    /** @return the engine with the bundled templates only, never null */
    public static NarrativeEngine bundled() {
        return DEFAULT;
    }

    /**
     * @param directory a directory of templates that override the bundled ones of the same name, not null
     * @return an engine, never null
     * @throws UncheckedIOException if the directory cannot be read
     */
    public static NarrativeEngine withDirectory(Path directory) {
        if (!java.nio.file.Files.isDirectory(directory)) {
            throw new UncheckedIOException(
                    new IOException("cannot read template directory " + directory + ": not a directory"));
        }
        return new NarrativeEngine(
                List.of(new FolderTemplateLoader(directory)),
                List.of(),
                List.of(List.of("directory", directory.toAbsolutePath().normalize())));
    }

    /**
     * @param loader the class loader to look in, not null
     * @param folder the folder on its class path, such as {@code /my/templates}, not null
     * @return an engine whose templates in that folder override the bundled ones, never null
     */
    public static NarrativeEngine withClassPath(ClassLoader loader, String folder) {
        return new NarrativeEngine(
                List.of(new ClassTemplateLoader(loader, folder)),
                List.of(),
                List.of(List.of("class path", loader, folder)));
    }

    /**
     * @param folder a user's profile folder, whose templates are found by their path in the folder (and nowhere
     *     outside it) after this engine's overrides, not null
     * @return an engine, never null
     * @throws UncheckedIOException if the folder cannot be read
     */
    public NarrativeEngine withProfileFolder(Path folder) {
        List<TemplateLoader> loaders = new ArrayList<>(userLoaders);
        // rooted at the folder: a template cannot reach a file outside it, by name or through a link (its real path
        // is inside the folder's); links from one file of the folder to another are the user's own and followed
        loaders.add(new FolderTemplateLoader(folder));
        return new NarrativeEngine(
                loaders,
                fallbacks,
                with(List.of("profile folder", folder.toAbsolutePath().normalize())));
    }

    /**
     * The templates of a profile that extends a bundled one ({@code extends:}): a template found nowhere else is
     * read from the parent's bundled folder, and from nowhere outside it.
     *
     * @param child the folder name of the child's templates among the bundled ones (a bundled child, such as
     *     {@code hebei-2025}: {@code hebei-2025/narrative.ftl} falls back to {@code hebei-2022/narrative.ftl}), or
     *     empty for a user's folder, whose templates are named from its root, not null
     * @param parent the bundled parent's name, such as {@code hebei-2022}, not null
     * @return an engine, never null
     */
    public NarrativeEngine withParentProfile(String child, String parent) {
        Objects.requireNonNull(child, "child");
        TemplateLoader inner = new ClassTemplateLoader(NarrativeEngine.class, BUNDLED + "/" + parent);
        String prefix = child.isEmpty() ? "" : child + "/";
        TemplateLoader fallback = new TemplateLoader() {
            @Override
            public Object findTemplateSource(String name) throws IOException {
                return name.startsWith(prefix) ? inner.findTemplateSource(name.substring(prefix.length())) : null;
            }

            @Override
            public long getLastModified(Object source) {
                return inner.getLastModified(source);
            }

            @Override
            public java.io.Reader getReader(Object source, String encoding) throws IOException {
                return inner.getReader(source, encoding);
            }

            @Override
            public void closeTemplateSource(Object source) throws IOException {
                inner.closeTemplateSource(source);
            }
        };
        List<TemplateLoader> after = new ArrayList<>(fallbacks);
        after.add(fallback);
        return new NarrativeEngine(userLoaders, after, with(List.of("parent", child, parent)));
    }

    private List<List<Object>> with(List<Object> source) {
        List<List<Object>> all = new ArrayList<>(sources);
        all.add(source);
        return all;
    }

    /**
     * @param o another object
     * @return whether it is an engine reading its templates from the same places in the same order
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof NarrativeEngine e && sources.equals(e.sources);
    }

    @Override
    public int hashCode() {
        return sources.hashCode();
    }

    /**
     * Renders a template into sections of blocks.
     *
     * @param template the template name, such as {@code hebei-2022/narrative.ftl}, not null
     * @param model the data, from {@link NarrativeModel}, not null
     * @param tables the tables the template may insert, by name, not null
     * @return the sections, never null
     * @throws NarrativeException naming the template, line and column of an error
     */
    public List<Section> render(String template, Map<String, Object> model, Map<String, Table> tables) {
        return render(template, model, tables, List.of());
    }

    /**
     * Renders a template into sections of blocks; where it calls {@code <@tables/>}, the given sections (the
     * profile's tables, each its own section) are placed, and a heading written just before the directive opens
     * the first of them (a heading never ends a page). A template that does not call it gets them before its own
     * sections (the tables, then the narrative).
     *
     * @param template the template name, such as {@code shanghai-unit/narrative.ftl}, not null
     * @param model the data, from {@link NarrativeModel}, not null
     * @param tables the tables the template may insert by name with {@code <@table name="…"/>}, not null
     * @param placed the sections {@code <@tables/>} places, not null
     * @return the sections, never null
     * @throws NarrativeException naming the template, line and column of an error (also when {@code <@tables/>}
     *     is called twice)
     */
    public List<Section> render(
            String template, Map<String, Object> model, Map<String, Table> tables, List<Section> placed) {
        Objects.requireNonNull(model, "model");
        // within the limits of every template: time, stack, output (TemplateLimits)
        return TemplateLimits.run(template, () -> {
            TemplateLimits.Budget budget = new TemplateLimits.Budget();
            BlockCollector collector = new BlockCollector(budget);
            Map<String, Object> data = new HashMap<>(model);
            Directives.install(data, collector, tables, placed);
            try {
                Template t = configuration.getTemplate(template);
                t.process(data, budget.writer(new StringWriter()));
                if (!collector.placed()) {
                    collector.prepend(placed);
                }
            } catch (TemplateException e) {
                if (e.getCause() instanceof TemplateLimits.OutputLimitException limit) {
                    throw limit;
                }
                throw new NarrativeException(
                        "template " + e.getTemplateSourceName() + " line " + e.getLineNumber()
                                + " column " + e.getColumnNumber() + ": "
                                + e.getMessageWithoutStackTop()
                                        // FreeMarker names its loaders (objects and class names): not the user's
                                        // business
                                        .replaceAll(
                                                "\\R?The name was interpreted by this TemplateLoader: [^\\r\\n]*", ""),
                        e);
            } catch (TemplateLimits.OutputLimitException e) {
                throw e;
            } catch (IOException e) {
                throw new NarrativeException("cannot load template " + template + ": " + e.getMessage(), e);
            }
            return collector.sections();
        });
    }
}
