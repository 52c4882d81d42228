package org.budgetdisclosure.examples;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;

/** Prints the SHA-256 of the reference disclosure in each format: run in a separate JVM by the tests. */
public final class HashesMain {

    private HashesMain() {}

    /** @param args unused */
    public static void main(String[] args) throws Exception {
        System.out.println(hashes(Disclosure.of(ReferenceBudget.build())));
    }

    static String hashes(Disclosure disclosure) throws Exception {
        StringBuilder s = new StringBuilder();
        for (Format f : Format.values()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(disclosure.bytes(f));
            s.append(f).append('=').append(HexFormat.of().formatHex(digest)).append(' ');
        }
        return s.toString().strip();
    }
}
