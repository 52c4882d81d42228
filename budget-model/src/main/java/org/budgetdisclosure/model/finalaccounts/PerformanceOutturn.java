package org.budgetdisclosure.model.finalaccounts;

import java.math.BigDecimal;
import org.budgetdisclosure.model.facts.Amount;

/**
 * 预算绩效管理 of the year: projects with targets (编报绩效目标), followed (绩效跟踪), self-evaluated (绩效自评) and the
 * budget they cover; the average score and the grades of the self-evaluations (优 / 良 / 合格 / 不合格); the problems
 * found and those fixed. Immutable; counts 0 to 999,999,999.
 *
 * @param targetProjects projects with targets
 * @param targetAmount their budget, not null
 * @param followedProjects projects followed
 * @param followedAmount their budget, not null
 * @param evaluatedProjects projects self-evaluated
 * @param evaluatedAmount their budget, not null
 * @param averageScore the average score (平均得分), 0 to 100, not null
 * @param excellent graded 优
 * @param good graded 良
 * @param pass graded 合格
 * @param fail graded 不合格
 * @param problemsFound problems found (共发现问题)
 * @param problemsFixed problems fixed (已经完成整改)
 */
public record PerformanceOutturn(
        int targetProjects,
        Amount targetAmount,
        int followedProjects,
        Amount followedAmount,
        int evaluatedProjects,
        Amount evaluatedAmount,
        BigDecimal averageScore,
        int excellent,
        int good,
        int pass,
        int fail,
        int problemsFound,
        int problemsFixed) {

    /** Validates the fields. */
    public PerformanceOutturn {
        Require.count(targetProjects, "performance.targetProjects");
        Require.present(targetAmount, "performance.targetAmount");
        Require.count(followedProjects, "performance.followedProjects");
        Require.present(followedAmount, "performance.followedAmount");
        Require.count(evaluatedProjects, "performance.evaluatedProjects");
        Require.present(evaluatedAmount, "performance.evaluatedAmount");
        Require.present(averageScore, "performance.averageScore");
        if (averageScore.signum() < 0 || averageScore.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(
                    "performance.averageScore must be from 0 to 100, was " + averageScore.toPlainString());
        }
        Require.count(excellent, "performance.excellent");
        Require.count(good, "performance.good");
        Require.count(pass, "performance.pass");
        Require.count(fail, "performance.fail");
        Require.count(problemsFound, "performance.problemsFound");
        Require.count(problemsFixed, "performance.problemsFixed");
    }

    /** @return the projects graded, 优 + 良 + 合格 + 不合格 */
    public long graded() {
        return (long) excellent + good + pass + fail;
    }

    /** @return the problems found and not yet fixed (正在整改), never negative */
    public int problemsBeingFixed() {
        return Math.max(0, problemsFound - problemsFixed);
    }
}
