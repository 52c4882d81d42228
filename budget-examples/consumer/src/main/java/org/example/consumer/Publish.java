package org.example.consumer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.budgetdisclosure.io.BudgetFile;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;

/**
 * What an embedding system does: reads a budget file and writes its disclosure (部门预算公开) in the layout the
 * file names (else Hebei 2022), as PDF and HTML. {@code java org.example.consumer.Publish BUDGET OUT_DIR}.
 */
public final class Publish {

    private Publish() {
    }

    /**
     * @param budgetFile a JSON, YAML or XLSX budget file
     * @param out the folder to write into
     * @return the files written
     * @throws BudgetFileException if the file is not a budget, saying where and why
     * @throws IOException if a file cannot be written
     */
    public static List<Path> publish(Path budgetFile, Path out) throws BudgetFileException, IOException {
        BudgetFile read = BudgetFiles.readFile(budgetFile);
        Profile layout = read.profile()
                .map(name -> Profile.namedByBudgetFile(name, budgetFile.toAbsolutePath().getParent()))
                .orElseGet(Profile::hebei2022);
        String name = budgetFile.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return Disclosure.of(read.budget(), RenderOptions.defaults().withProfile(layout))
                .writeTo(out, name, Format.PDF, Format.HTML);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Publish BUDGET_FILE OUT_DIR");
            System.exit(2);
        }
        for (Path written : publish(Path.of(args[0]), Path.of(args[1]))) {
            System.out.println("wrote " + written);
        }
    }
}
