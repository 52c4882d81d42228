package org.budgetdisclosure.model.facts;

/**
 * The leaf items of the “三公”经费 (three public expenses): travel abroad, official vehicles, official reception.
 */
public enum ThreePublicItem {
    /** 教学科研人员因公出国（境）费. */
    OVERSEAS_TEACHING_RESEARCH("教学科研人员因公出国（境）费", Group.OVERSEAS),
    /** 其他因公出国（境）费. */
    OVERSEAS_OTHER("其他因公出国（境）费", Group.OVERSEAS),
    /** 公务用车购置费. */
    VEHICLE_PURCHASE("公务用车购置费", Group.VEHICLES),
    /** 公务用车运行维护费. */
    VEHICLE_OPERATION("公务用车运行维护费", Group.VEHICLES),
    /** 公务接待费. */
    RECEPTION("公务接待费", Group.RECEPTION);

    private final String chineseName;
    private final Group group;

    ThreePublicItem(String chineseName, Group group) {
        this.chineseName = chineseName;
        this.group = group;
    }

    /** @return the official name, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @return the group (一、二、三) the item belongs to, never null */
    public Group group() {
        return group;
    }

    /** The three groups of table 9. */
    public enum Group {
        /** 因公出国（境）费. */
        OVERSEAS("因公出国（境）费"),
        /** 公务用车购置及运维费. */
        VEHICLES("公务用车购置及运维费"),
        /** 公务接待费. */
        RECEPTION("公务接待费");

        private final String chineseName;

        Group(String chineseName) {
            this.chineseName = chineseName;
        }

        /** @return the official name, never null */
        public String chineseName() {
            return chineseName;
        }
    }
}
