/** Creating staffing plans with one row per interval, and finding intervals by time. */
package tandem.staffing.model.plans;
