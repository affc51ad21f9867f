/**
 * What a staffing plan derives per interval: the total forecast (baseline plus the linked campaign calendars'
 * lift, spread over the day by the intraday profile), required agents and heads, the gap to the schedule and the
 * service level and ASA the schedule delivers. Headless; see
 * {@link tandem.staffing.model.forecast.StaffingForecast}.
 */
package tandem.staffing.model.forecast;
