package org.onecard.fleet.domain;

import java.time.LocalDate;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.text.Texts;

/**
 * A vehicle's details as an operator enters them. The cylinder inspection due date is set when the
 * vehicle is registered ({@link CylinderDates}); later it changes only through its own audited act
 * ({@link CylinderChange}), so an update may leave it out or repeat it unchanged.
 */
public record VehicleDraft(String plate, String driverName, String driverIdNo, String phone, String ownerName,
                           String vehicleType, Long fleetId, LocalDate cylinderDueOn) {

    public static final int MAX_DRIVER = 50;
    public static final int MAX_PHONE = 32;
    public static final int MAX_OWNER = 100;
    public static final int MAX_TYPE = 32;

    /** The draft as stored (plate and ID number normalised, blanks as null), or why not. */
    public Outcome<VehicleDraft> check() {
        var cleanPlate = Plates.normalise(plate);
        if (cleanPlate.isEmpty()) {
            return Outcome.refused(ResultCode.PLATE_INVALID, "Plate " + plate + " is not a Chinese vehicle plate");
        }
        String cleanDriver = Texts.blankToNull(driverName);
        if (cleanDriver != null && !Texts.isName(cleanDriver, MAX_DRIVER)) {
            return Outcome.invalid("driverName", "must be at most " + MAX_DRIVER + " characters");
        }
        String rawId = Texts.blankToNull(driverIdNo);
        var cleanId = DriverIds.normalise(rawId);
        if (rawId != null && cleanId.isEmpty()) {
            return Outcome.refused(ResultCode.DRIVER_ID_INVALID, "Driver ID number " + rawId
                    + " is not an 18-character resident ID number with a matching check digit");
        }
        String cleanPhone = Texts.blankToNull(phone);
        if (cleanPhone != null && !Texts.isPhone(cleanPhone, MAX_PHONE)) {
            return Outcome.invalid("phone", "must be up to " + MAX_PHONE + " digits, spaces, +, -, ( or )");
        }
        String cleanOwner = Texts.blankToNull(ownerName);
        if (cleanOwner != null && !Texts.isName(cleanOwner, MAX_OWNER)) {
            return Outcome.invalid("ownerName", "must be at most " + MAX_OWNER + " characters");
        }
        String cleanType = Texts.blankToNull(vehicleType);
        if (cleanType != null && !Texts.isName(cleanType, MAX_TYPE)) {
            return Outcome.invalid("vehicleType", "must be at most " + MAX_TYPE + " characters");
        }
        return Outcome.done(new VehicleDraft(cleanPlate.get(), cleanDriver, cleanId.orElse(null), cleanPhone,
                cleanOwner, cleanType, fleetId, cylinderDueOn));
    }
}
