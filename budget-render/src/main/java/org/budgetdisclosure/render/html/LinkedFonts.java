package org.budgetdisclosure.render.html;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fonts of HTML files linked rather than embedded (shared fonts, 共用字体文件): each WOFF subset is named after
 * its content, {@value #FOLDER}{@code /<16 hex digits of its SHA-256>.woff}, relative to the HTML file; this object
 * collects the files the HTMLs written through it link, for the caller to write beside them
 * ({@link org.budgetdisclosure.render.SharedFontFiles}). Two documents with the same characters link the same file,
 * and a file of a given name always has the same bytes, so it is written once per folder and never needs replacing.
 * Thread-safe.
 */
public final class LinkedFonts implements FontSource {

    /** The folder of the font files, beside the HTML files. */
    public static final String FOLDER = "fonts";

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    @Override
    public synchronized String src(byte[] woff) {
        String name = name(woff);
        files.putIfAbsent(name, woff.clone());
        return FOLDER + "/" + name;
    }

    /**
     * @param woff a font file, not null
     * @return its content-addressed name, such as {@code 3f2a…9c.woff}, never null
     */
    public static String name(byte[] woff) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(woff);
            return HexFormat.of().formatHex(hash, 0, 8) + ".woff";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** @return the font files linked so far, by name (in {@value #FOLDER}), in the order first linked; a copy */
    public synchronized Map<String, byte[]> files() {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        files.forEach((k, v) -> copy.put(k, v.clone()));
        return Collections.unmodifiableMap(copy);
    }
}
