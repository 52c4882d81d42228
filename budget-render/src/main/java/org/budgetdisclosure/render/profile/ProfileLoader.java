package org.budgetdisclosure.render.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.budgetdisclosure.model.files.InputFiles;

/**
 * Reads a profile descriptor and checks all of it before anything is rendered: every problem is reported at once,
 * each with the file, line and field, so that a broken profile is refused up front, never at page 17. The reading
 * is four steps, a class each, all reporting to one {@link Problems}: where each value stands
 * ({@link YamlPositions}), the merge over a bundled parent ({@link ProfileMerge}), the binding to records in the
 * descriptor's words ({@link ProfileBinding}) and the checks ({@link ProfileChecks}).
 */
final class ProfileLoader {

    /** The most bytes a descriptor may have: a real one has a few kilobytes. */
    static final int MAX_BYTES = 1 << 20;

    private ProfileLoader() {}

    /**
     * @param bytes the descriptor's bytes (YAML or JSON)
     * @param file the file's name in messages
     * @param templateExists whether a template of this name exists beside the descriptor
     * @return the checked descriptor, never null
     * @throws ProfileException listing every problem
     */
    static ProfileSpec read(byte[] bytes, String file, Predicate<String> templateExists) {
        return read(bytes, file, templateExists, name -> Optional.empty(), Optional.empty())
                .spec();
    }

    /**
     * A bundled profile that a descriptor extends ({@code extends: NAME}).
     *
     * @param name its name, such as {@code hebei-2022}
     * @param bytes its descriptor's bytes
     * @param file its descriptor's name in messages
     * @param templateExists whether a template of this name exists in its folder
     */
    record Parent(String name, byte[] bytes, String file, Predicate<String> templateExists) {}

    /**
     * A checked descriptor and the bundled profile it extends.
     *
     * @param spec the descriptor, the parent's merged with the child's own fields where it extends one
     * @param parent the name of the bundled profile it extends; empty when it extends none
     */
    record Read(ProfileSpec spec, Optional<String> parent) {}

    /**
     * Reads a descriptor that may extend a bundled profile ({@code extends: NAME}, one level only): the parent's
     * descriptor with the child's fields over it, {@code name} and {@code description} never inherited. Mappings
     * merge key by key at every depth ({@code document}, {@code document.pageFlow}, {@code narrative},
     * {@code amounts}, {@code tableDefaults}, {@code units}); lists and plain values replace; {@code tables} merge by
     * {@code id}: a child's table of an existing id replaces that table in place, a new id is appended, and
     * {@code {id: x, drop: true}} leaves the parent's table out. Every problem is located in the file its value comes
     * from, the child's or the parent's.
     *
     * @param bytes the descriptor's bytes (YAML or JSON)
     * @param file the file's name in messages
     * @param templateExists whether a template of this name exists beside the descriptor
     * @param parents the bundled profile of a name, empty for a name that is none
     * @param self the name of the bundled profile being read; empty for a user's
     * @return the checked descriptor and its parent's name, never null
     * @throws ProfileException listing every problem
     */
    static Read read(
            byte[] bytes,
            String file,
            Predicate<String> templateExists,
            Function<String, Optional<Parent>> parents,
            Optional<String> self) {
        Problems problems = new Problems(file);
        ProfileSpec spec;
        Optional<Parent> parent = Optional.empty();
        try {
            YamlPositions.index(bytes, problems);
            problems.throwIfAny();
            JsonNode tree = ProfileBinding.YAML.readTree(bytes);
            if (tree instanceof ObjectNode child && child.has(ProfileMerge.EXTENDS)) {
                parent = Optional.of(ProfileMerge.parent(child, parents, self, problems));
                ObjectNode merged = ProfileMerge.merge(child, parent.get(), problems);
                problems.throwIfAny();
                spec = ProfileBinding.reader(problems).readValue(merged);
            } else {
                spec = ProfileBinding.reader(problems).readValue(bytes);
            }
        } catch (JsonMappingException e) {
            ProfileBinding.failed(e, problems, parent.isPresent());
            throw problems.fail();
        } catch (JsonProcessingException e) {
            ProfileBinding.malformed(e, problems);
            throw problems.fail();
        } catch (IOException e) {
            problems.located(null, "", e.getMessage());
            throw problems.fail();
        }
        if (spec == null) {
            problems.at("", "the descriptor is empty");
            throw problems.fail();
        }
        Predicate<String> templates =
                parent.map(p -> templateExists.or(p.templateExists())).orElse(templateExists);
        ProfileChecks.check(spec, templates, problems);
        problems.throwIfAny();
        return new Read(spec, parent.map(Parent::name));
    }

    /** The field naming the bundled profile a descriptor extends. */
    static final String EXTENDS = ProfileMerge.EXTENDS;

    /**
     * @param path a path
     * @return whether it names a file inside the profile's folder: relative, without {@code ..}
     */
    static boolean relative(String path) {
        return ProfileChecks.relative(path);
    }

    /**
     * Reads a user's profile folder: the descriptor under the checks of every input file, its templates inside the
     * folder.
     *
     * @param dir the folder, absolute and normal
     * @param descriptor the descriptor in it
     * @return the checked descriptor and the bundled profile it extends, never null
     * @throws ProfileException listing every problem, each with its file, line and field
     */
    static Read readFolder(Path dir, Path descriptor) {
        byte[] bytes;
        try {
            // the descriptor is read under the checks of every input file, inside its folder after following links
            bytes = InputFiles.read(
                    InputFiles.inside(dir, descriptor.getFileName().toString()),
                    ProfileLoader.MAX_BYTES,
                    "profile descriptors");
        } catch (InputFiles.RefusedFileException e) {
            throw new ProfileException(
                    List.of(new ProfileException.Problem(descriptor.toString(), 0, 0, "", e.getMessage())));
        } catch (IOException e) {
            throw new ProfileException(List.of(new ProfileException.Problem(
                    descriptor.toString(),
                    0,
                    0,
                    "",
                    "cannot read the profile descriptor (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); a profile is a folder holding " + Profile.DESCRIPTOR + " and its templates")));
        }
        ProfileLoader.Read read = ProfileLoader.read(
                bytes,
                descriptor.toString(),
                template -> ProfileLoader.relative(template) && templateInside(dir, template),
                BundledProfiles::parent,
                Optional.empty());
        return read;
    }

    /**
     * Whether a template of a user's folder may be read: a regular file within the size of templates, inside the
     * folder after following links; a template that is not is refused at load as missing.
     */
    private static boolean templateInside(Path dir, String template) {
        try {
            InputFiles.check(InputFiles.inside(dir, template), 1 << 20, "templates");
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
