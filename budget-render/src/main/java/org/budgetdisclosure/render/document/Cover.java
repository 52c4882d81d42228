package org.budgetdisclosure.render.document;

import java.util.List;

/**
 * The cover (封面): a centred title block in large type, and centred lines near the foot of the page (the
 * department and the date). Writers set it alone on its page.
 *
 * @param titleLines the lines of the title, top to bottom, each kept whole on its line, such as 乐亭县工业和信息化局
 *     and 2022年部门预算公开; not null
 * @param footLines the lines near the foot of the page, such as the department and 2022年1月; not null
 */
public record Cover(List<String> titleLines, List<String> footLines) implements Block {

    /** Copies the lines. */
    public Cover {
        titleLines = List.copyOf(titleLines);
        footLines = List.copyOf(footLines);
    }

    @Override
    public void accept(BlockVisitor visitor) {
        visitor.visit(this);
    }
}
