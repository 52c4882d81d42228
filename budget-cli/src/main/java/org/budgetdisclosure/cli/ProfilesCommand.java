package org.budgetdisclosure.cli;

import java.util.concurrent.Callable;
import org.budgetdisclosure.render.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code budget profiles}: the bundled layouts, a line each. */
@Command(
        name = "profiles",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the bundled profiles (layouts), a line each: name and description.",
            "A profile of your own is a folder (profile.yaml and its templates) given to render --profile DIR."
        })
final class ProfilesCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Profile p : Profile.registered()) {
            spec.commandLine().getOut().println(p.name() + "\t" + p.description());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
