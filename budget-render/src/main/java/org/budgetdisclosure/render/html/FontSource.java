package org.budgetdisclosure.render.html;

import java.util.Base64;

/**
 * Where an HTML file's fonts come from: the {@code src} of each {@code @font-face}. {@link #EMBEDDED} (the default)
 * carries each WOFF subset in the file as a {@code data:} URL, so that the file is self-contained; {@link LinkedFonts}
 * links a font file beside it instead ({@code fonts/<hash>.woff}), shared by every document of the folder that
 * uses the same subset.
 */
@FunctionalInterface
public interface FontSource {

    /** Each font in the file, base64 in a {@code data:font/woff} URL. */
    FontSource EMBEDDED = woff -> "data:font/woff;base64," + Base64.getEncoder().encodeToString(woff);

    /**
     * @param woff a WOFF 1.0 font the HTML uses, not null
     * @return the URL of its {@code @font-face src}, never null; characters HTML escaping leaves as they are
     */
    String src(byte[] woff);
}
