package vn.ocop.sheet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The level of the council that scores a product: the province's council, or the central council that
 * reviews products the province proposes for 5★. Names are a public contract (JSON).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum EvaluationLevel {
    /** The district's council, under the editions that had one (1048/2019). */
    DISTRICT,
    /** The province's council (cấp tỉnh). */
    PROVINCE,
    /** The central council (cấp trung ương), for potential 5★ products. */
    CENTRAL
}
