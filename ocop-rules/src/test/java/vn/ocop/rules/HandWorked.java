package vn.ocop.rules;

import vn.ocop.sheet.Sheet;

/** Sheets whose scores were worked by hand from the official criteria (see the comments). */
final class HandWorked {
    private HandWorked() {
    }

    /**
     * QD26-01 (fresh fruit): the option points of Phụ lục II, set 1, for the positions chosen:
     * group 1: 3+1+2+2+1+2+1 = 12; group 2: 3+2+3+1 = 9; group 3: 3+1+3+2+2 = 11; A = 32.
     * group 4: 3+2+3 = 8; group 5: 5+2+3 = 10; B = 18.
     * group 6: 2+3+2+3 = 10; 7: 1; 8: 3; 9: 4; 10: 3; 11: 2; 12: 2; C = 25. Total 75: band 4★.
     * Markers: 1.5 (1 point) misses its **** (2) and ***** (3); 1.3 (2) misses ***** (3); 4.1 (3)
     * misses ***** (5). Every *** marker passes, so the product is held at 3★.
     */
    static Sheet pomelo() {
        return Sheet.builder("QD26-01")
                .answer("1.1", 3).answer("1.2", 2).answer("1.3", 2).answer("1.4", 2).answer("1.5", 2)
                .answer("1.6", 2).answer("1.7", 2)
                .answer("2.1", 3).answer("2.2", 3).answer("2.3", 3).answer("2.4", true)
                .answer("3.1", 3).answer("3.2", 2).answer("3.3", 3).answer("3.4", 2).answer("3.5", 2)
                .answer("4.1", 3).answer("4.2", 3).answer("4.3", 4)
                .answer("5.1", 5).answer("5.2", 3).answer("5.3", 3)
                .answer("6.1", 3).answer("6.2", 4).answer("6.3", 3).answer("6.4", 4)
                .answer("7", 2).answer("8", 3).answer("9", 2).answer("10", 2).answer("11", 2).answer("12", 2)
                .build();
    }
}
