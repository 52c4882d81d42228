package org.budgetdisclosure.model.finalaccounts;

/**
 * The activity the “三公” narrative reports beside the money: 因公出国（境） groups (团组) and people (人次);
 * official vehicles bought (购置数) and held (保有量); receptions at home (国内公务接待) and of foreign guests
 * (外事接待), in batches (批次) and people (人次). Immutable; counts 0 to 999,999,999.
 *
 * @param overseasGroups 因公出国（境）团组
 * @param overseasPeople 因公出国（境）人次
 * @param vehiclesBought 公务用车购置数
 * @param vehiclesHeld 公务用车保有量
 * @param domesticBatches 国内公务接待批次
 * @param domesticPeople 国内公务接待人次
 * @param foreignBatches 外事接待批次
 * @param foreignPeople 外事接待人次
 */
public record ThreePublicActivity(
        int overseasGroups,
        int overseasPeople,
        int vehiclesBought,
        int vehiclesHeld,
        int domesticBatches,
        int domesticPeople,
        int foreignBatches,
        int foreignPeople) {

    /** Validates the counts. */
    public ThreePublicActivity {
        Require.count(overseasGroups, "threePublicActivity.overseasGroups");
        Require.count(overseasPeople, "threePublicActivity.overseasPeople");
        Require.count(vehiclesBought, "threePublicActivity.vehiclesBought");
        Require.count(vehiclesHeld, "threePublicActivity.vehiclesHeld");
        Require.count(domesticBatches, "threePublicActivity.domesticBatches");
        Require.count(domesticPeople, "threePublicActivity.domesticPeople");
        Require.count(foreignBatches, "threePublicActivity.foreignBatches");
        Require.count(foreignPeople, "threePublicActivity.foreignPeople");
    }
}
