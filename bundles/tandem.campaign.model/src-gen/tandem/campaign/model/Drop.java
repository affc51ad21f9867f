/**
 */
package tandem.campaign.model;

import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.emf.common.util.EList;

import tandem.core.model.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Drop</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One dated push of a campaign (a mail drop, an email blast, a TV spot) and the contacts it brings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.campaign.model.Drop#getKind <em>Kind</em>}</li>
 *   <li>{@link tandem.campaign.model.Drop#getDate <em>Date</em>}</li>
 *   <li>{@link tandem.campaign.model.Drop#getTime <em>Time</em>}</li>
 *   <li>{@link tandem.campaign.model.Drop#getAudienceSize <em>Audience Size</em>}</li>
 *   <li>{@link tandem.campaign.model.Drop#getResponseRate <em>Response Rate</em>}</li>
 *   <li>{@link tandem.campaign.model.Drop#getDailyShares <em>Daily Shares</em>}</li>
 *   <li>{@link tandem.campaign.model.Drop#getConnectRate <em>Connect Rate</em>}</li>
 *   <li>{@link tandem.campaign.model.Drop#getOutboundAhtSeconds <em>Outbound Aht Seconds</em>}</li>
 *   <li>{@link tandem.campaign.model.Drop#getDiallingEnd <em>Dialling End</em>}</li>
 *   <li>{@link tandem.campaign.model.Drop#getChannelShares <em>Channel Shares</em>}</li>
 * </ul>
 *
 * @see tandem.campaign.model.CampaignPackage#getDrop()
 * @model
 * @generated
 */
public interface Drop extends NamedElement
{
  /**
   * Returns the value of the '<em><b>Kind</b></em>' attribute.
   * The literals are from the enumeration {@link tandem.campaign.model.DropKind}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Kind</em>' attribute.
   * @see tandem.campaign.model.DropKind
   * @see #setKind(DropKind)
   * @see tandem.campaign.model.CampaignPackage#getDrop_Kind()
   * @model
   * @generated
   */
  DropKind getKind();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Drop#getKind <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Kind</em>' attribute.
   * @see tandem.campaign.model.DropKind
   * @see #getKind()
   * @generated
   */
  void setKind(DropKind value);

  /**
   * Returns the value of the '<em><b>Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Date</em>' attribute.
   * @see #setDate(LocalDate)
   * @see tandem.campaign.model.CampaignPackage#getDrop_Date()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getDate();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Drop#getDate <em>Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Date</em>' attribute.
   * @see #getDate()
   * @generated
   */
  void setDate(LocalDate value);

  /**
   * Returns the value of the '<em><b>Time</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Time</em>' attribute.
   * @see #setTime(LocalTime)
   * @see tandem.campaign.model.CampaignPackage#getDrop_Time()
   * @model dataType="tandem.core.model.LocalTime"
   * @generated
   */
  LocalTime getTime();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Drop#getTime <em>Time</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Time</em>' attribute.
   * @see #getTime()
   * @generated
   */
  void setTime(LocalTime value);

  /**
   * Returns the value of the '<em><b>Audience Size</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Audience Size</em>' attribute.
   * @see #setAudienceSize(long)
   * @see tandem.campaign.model.CampaignPackage#getDrop_AudienceSize()
   * @model
   * @generated
   */
  long getAudienceSize();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Drop#getAudienceSize <em>Audience Size</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Audience Size</em>' attribute.
   * @see #getAudienceSize()
   * @generated
   */
  void setAudienceSize(long value);

  /**
   * Returns the value of the '<em><b>Response Rate</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Share (0..1) of the audience expected to contact customer service.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Response Rate</em>' attribute.
   * @see #setResponseRate(double)
   * @see tandem.campaign.model.CampaignPackage#getDrop_ResponseRate()
   * @model annotation="http://tandem.dev/unit unit='percent'"
   * @generated
   */
  double getResponseRate();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Drop#getResponseRate <em>Response Rate</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Response Rate</em>' attribute.
   * @see #getResponseRate()
   * @generated
   */
  void setResponseRate(double value);

  /**
   * Returns the value of the '<em><b>Daily Shares</b></em>' attribute list.
   * The list contents are of type {@link java.lang.Double}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * How the drop's contacts spread over the days from the drop date on (0.5, 0.3, 0.2 = half on day 0); the shares sum to 1.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Daily Shares</em>' attribute list.
   * @see tandem.campaign.model.CampaignPackage#getDrop_DailyShares()
   * @model unique="false"
   * @generated
   */
  EList<Double> getDailyShares();

  /**
   * Returns the value of the '<em><b>Connect Rate</b></em>' attribute.
   * The default value is <code>"0.3"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Outbound waves only: share (0..1] of the dials (one per audience member) that reach someone and take agent time (0.3 for 30%).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Connect Rate</em>' attribute.
   * @see #setConnectRate(double)
   * @see tandem.campaign.model.CampaignPackage#getDrop_ConnectRate()
   * @model default="0.3"
   * @generated
   */
  double getConnectRate();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Drop#getConnectRate <em>Connect Rate</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Connect Rate</em>' attribute.
   * @see #getConnectRate()
   * @generated
   */
  void setConnectRate(double value);

  /**
   * Returns the value of the '<em><b>Outbound Aht Seconds</b></em>' attribute.
   * The default value is <code>"240"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Outbound waves only: average handle time of a connected outbound call in seconds (talk and wrap-up).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Outbound Aht Seconds</em>' attribute.
   * @see #setOutboundAhtSeconds(double)
   * @see tandem.campaign.model.CampaignPackage#getDrop_OutboundAhtSeconds()
   * @model default="240"
   * @generated
   */
  double getOutboundAhtSeconds();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Drop#getOutboundAhtSeconds <em>Outbound Aht Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Outbound Aht Seconds</em>' attribute.
   * @see #getOutboundAhtSeconds()
   * @generated
   */
  void setOutboundAhtSeconds(double value);

  /**
   * Returns the value of the '<em><b>Dialling End</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Outbound waves only: when dialling stops each day; the window starts at the drop's time. Neither given: the day's work spreads like inbound lift (intraday profile or opening hours).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Dialling End</em>' attribute.
   * @see #setDiallingEnd(LocalTime)
   * @see tandem.campaign.model.CampaignPackage#getDrop_DiallingEnd()
   * @model dataType="tandem.core.model.LocalTime"
   * @generated
   */
  LocalTime getDiallingEnd();

  /**
   * Sets the value of the '{@link tandem.campaign.model.Drop#getDiallingEnd <em>Dialling End</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Dialling End</em>' attribute.
   * @see #getDiallingEnd()
   * @generated
   */
  void setDiallingEnd(LocalTime value);

  /**
   * Returns the value of the '<em><b>Channel Shares</b></em>' containment reference list.
   * The list contents are of type {@link tandem.campaign.model.ChannelShare}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * How the contacts split over contact channels (phone, chat, email...); the shares sum to 1. None means all by phone.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Channel Shares</em>' containment reference list.
   * @see tandem.campaign.model.CampaignPackage#getDrop_ChannelShares()
   * @model containment="true"
   * @generated
   */
  EList<ChannelShare> getChannelShares();

} // Drop
