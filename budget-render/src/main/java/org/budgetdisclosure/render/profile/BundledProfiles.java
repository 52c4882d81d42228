package org.budgetdisclosure.render.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of the bundled profiles under {@link Profile#BUNDLED}: their names, as the index lists them, and each
 * one loaded once from the class path, on first use.
 */
final class BundledProfiles {

    private static final List<String> NAMES = BundledIndex.read(Profile.BUNDLED + "/" + Profile.INDEX);
    private static final Map<String, Profile> LOADED = new ConcurrentHashMap<>();

    private BundledProfiles() {}

    /** @return the bundled profiles' names, in the order of the index, never null */
    static List<String> names() {
        return NAMES;
    }

    /** @param name a name, not null @return whether a bundled profile has that name */
    static boolean contains(String name) {
        return NAMES.contains(name);
    }

    /**
     * @param name a bundled profile's name, not null
     * @return the profile, loaded once, never null
     * @throws ProfileException naming the bundled profiles if there is none of that name
     */
    static Profile of(String name) {
        if (!NAMES.contains(name)) {
            throw new ProfileException(List.of(new ProfileException.Problem(
                    name,
                    0,
                    0,
                    "",
                    "no bundled profile '" + name + "'; the bundled ones are " + NAMES
                            + " (or give the path of a profile folder)")));
        }
        return LOADED.computeIfAbsent(name, BundledProfiles::load);
    }

    private static Profile load(String name) {
        ProfileLoader.Parent self = parent(name)
                .orElseThrow(() -> new IllegalStateException("bundled profile missing from the jar: " + Profile.BUNDLED
                        + "/" + name + "/" + Profile.DESCRIPTOR));
        ProfileLoader.Read read = ProfileLoader.read(
                self.bytes(), self.file(), self.templateExists(), BundledProfiles::parent, Optional.of(name));
        return Profile.bundled(read);
    }

    /** A bundled profile as a parent ({@code extends:}): its descriptor and its templates; empty for no such one. */
    static Optional<ProfileLoader.Parent> parent(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        String folder = Profile.BUNDLED + "/" + name + "/";
        try (InputStream in = Profile.class.getResourceAsStream(folder + Profile.DESCRIPTOR)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new ProfileLoader.Parent(
                    name,
                    in.readAllBytes(),
                    name + "/" + Profile.DESCRIPTOR,
                    template -> Profile.class.getResource(folder + template) != null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
