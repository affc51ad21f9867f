/**
 */
package tandem.campaign.model.impl;

import java.time.LocalDate;
import java.time.LocalTime;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.campaign.model.CampaignPackage;
import tandem.campaign.model.ChannelShare;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;

import tandem.core.model.impl.NamedElementImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Drop</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.campaign.model.impl.DropImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.DropImpl#getDate <em>Date</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.DropImpl#getTime <em>Time</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.DropImpl#getAudienceSize <em>Audience Size</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.DropImpl#getResponseRate <em>Response Rate</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.DropImpl#getDailyShares <em>Daily Shares</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.DropImpl#getConnectRate <em>Connect Rate</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.DropImpl#getOutboundAhtSeconds <em>Outbound Aht Seconds</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.DropImpl#getDiallingEnd <em>Dialling End</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.DropImpl#getChannelShares <em>Channel Shares</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DropImpl extends NamedElementImpl implements Drop
{
  /**
   * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKind()
   * @generated
   * @ordered
   */
  protected static final DropKind KIND_EDEFAULT = DropKind.MAIL;

  /**
   * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKind()
   * @generated
   * @ordered
   */
  protected DropKind kind = KIND_EDEFAULT;

  /**
   * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDate()
   * @generated
   * @ordered
   */
  protected LocalDate date = DATE_EDEFAULT;

  /**
   * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTime()
   * @generated
   * @ordered
   */
  protected static final LocalTime TIME_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTime()
   * @generated
   * @ordered
   */
  protected LocalTime time = TIME_EDEFAULT;

  /**
   * The default value of the '{@link #getAudienceSize() <em>Audience Size</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAudienceSize()
   * @generated
   * @ordered
   */
  protected static final long AUDIENCE_SIZE_EDEFAULT = 0L;

  /**
   * The cached value of the '{@link #getAudienceSize() <em>Audience Size</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAudienceSize()
   * @generated
   * @ordered
   */
  protected long audienceSize = AUDIENCE_SIZE_EDEFAULT;

  /**
   * The default value of the '{@link #getResponseRate() <em>Response Rate</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getResponseRate()
   * @generated
   * @ordered
   */
  protected static final double RESPONSE_RATE_EDEFAULT = 0.0;

  /**
   * The cached value of the '{@link #getResponseRate() <em>Response Rate</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getResponseRate()
   * @generated
   * @ordered
   */
  protected double responseRate = RESPONSE_RATE_EDEFAULT;

  /**
   * The cached value of the '{@link #getDailyShares() <em>Daily Shares</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDailyShares()
   * @generated
   * @ordered
   */
  protected EList<Double> dailyShares;

  /**
   * The default value of the '{@link #getConnectRate() <em>Connect Rate</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getConnectRate()
   * @generated
   * @ordered
   */
  protected static final double CONNECT_RATE_EDEFAULT = 0.3;

  /**
   * The cached value of the '{@link #getConnectRate() <em>Connect Rate</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getConnectRate()
   * @generated
   * @ordered
   */
  protected double connectRate = CONNECT_RATE_EDEFAULT;

  /**
   * The default value of the '{@link #getOutboundAhtSeconds() <em>Outbound Aht Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOutboundAhtSeconds()
   * @generated
   * @ordered
   */
  protected static final double OUTBOUND_AHT_SECONDS_EDEFAULT = 240.0;

  /**
   * The cached value of the '{@link #getOutboundAhtSeconds() <em>Outbound Aht Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOutboundAhtSeconds()
   * @generated
   * @ordered
   */
  protected double outboundAhtSeconds = OUTBOUND_AHT_SECONDS_EDEFAULT;

  /**
   * The default value of the '{@link #getDiallingEnd() <em>Dialling End</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDiallingEnd()
   * @generated
   * @ordered
   */
  protected static final LocalTime DIALLING_END_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getDiallingEnd() <em>Dialling End</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDiallingEnd()
   * @generated
   * @ordered
   */
  protected LocalTime diallingEnd = DIALLING_END_EDEFAULT;

  /**
   * The cached value of the '{@link #getChannelShares() <em>Channel Shares</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getChannelShares()
   * @generated
   * @ordered
   */
  protected EList<ChannelShare> channelShares;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected DropImpl()
  {
    super();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected EClass eStaticClass()
  {
    return CampaignPackage.Literals.DROP;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public DropKind getKind()
  {
    return kind;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setKind(DropKind newKind)
  {
    DropKind oldKind = kind;
    kind = newKind == null ? KIND_EDEFAULT : newKind;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.DROP__KIND, oldKind, kind));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getDate()
  {
    return date;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDate(LocalDate newDate)
  {
    LocalDate oldDate = date;
    date = newDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.DROP__DATE, oldDate, date));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalTime getTime()
  {
    return time;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTime(LocalTime newTime)
  {
    LocalTime oldTime = time;
    time = newTime;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.DROP__TIME, oldTime, time));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public long getAudienceSize()
  {
    return audienceSize;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAudienceSize(long newAudienceSize)
  {
    long oldAudienceSize = audienceSize;
    audienceSize = newAudienceSize;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.DROP__AUDIENCE_SIZE, oldAudienceSize, audienceSize));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getResponseRate()
  {
    return responseRate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setResponseRate(double newResponseRate)
  {
    double oldResponseRate = responseRate;
    responseRate = newResponseRate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.DROP__RESPONSE_RATE, oldResponseRate, responseRate));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Double> getDailyShares()
  {
    if (dailyShares == null)
    {
      dailyShares = new EDataTypeEList<Double>(Double.class, this, CampaignPackage.DROP__DAILY_SHARES);
    }
    return dailyShares;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getConnectRate()
  {
    return connectRate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setConnectRate(double newConnectRate)
  {
    double oldConnectRate = connectRate;
    connectRate = newConnectRate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.DROP__CONNECT_RATE, oldConnectRate, connectRate));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getOutboundAhtSeconds()
  {
    return outboundAhtSeconds;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setOutboundAhtSeconds(double newOutboundAhtSeconds)
  {
    double oldOutboundAhtSeconds = outboundAhtSeconds;
    outboundAhtSeconds = newOutboundAhtSeconds;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.DROP__OUTBOUND_AHT_SECONDS, oldOutboundAhtSeconds, outboundAhtSeconds));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalTime getDiallingEnd()
  {
    return diallingEnd;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDiallingEnd(LocalTime newDiallingEnd)
  {
    LocalTime oldDiallingEnd = diallingEnd;
    diallingEnd = newDiallingEnd;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.DROP__DIALLING_END, oldDiallingEnd, diallingEnd));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<ChannelShare> getChannelShares()
  {
    if (channelShares == null)
    {
      channelShares = new EObjectContainmentEList<ChannelShare>(ChannelShare.class, this, CampaignPackage.DROP__CHANNEL_SHARES);
    }
    return channelShares;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
  {
    switch (featureID)
    {
      case CampaignPackage.DROP__CHANNEL_SHARES:
        return ((InternalEList<?>)getChannelShares()).basicRemove(otherEnd, msgs);
    }
    return super.eInverseRemove(otherEnd, featureID, msgs);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object eGet(int featureID, boolean resolve, boolean coreType)
  {
    switch (featureID)
    {
      case CampaignPackage.DROP__KIND:
        return getKind();
      case CampaignPackage.DROP__DATE:
        return getDate();
      case CampaignPackage.DROP__TIME:
        return getTime();
      case CampaignPackage.DROP__AUDIENCE_SIZE:
        return getAudienceSize();
      case CampaignPackage.DROP__RESPONSE_RATE:
        return getResponseRate();
      case CampaignPackage.DROP__DAILY_SHARES:
        return getDailyShares();
      case CampaignPackage.DROP__CONNECT_RATE:
        return getConnectRate();
      case CampaignPackage.DROP__OUTBOUND_AHT_SECONDS:
        return getOutboundAhtSeconds();
      case CampaignPackage.DROP__DIALLING_END:
        return getDiallingEnd();
      case CampaignPackage.DROP__CHANNEL_SHARES:
        return getChannelShares();
    }
    return super.eGet(featureID, resolve, coreType);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @SuppressWarnings("unchecked")
  @Override
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case CampaignPackage.DROP__KIND:
        setKind((DropKind)newValue);
        return;
      case CampaignPackage.DROP__DATE:
        setDate((LocalDate)newValue);
        return;
      case CampaignPackage.DROP__TIME:
        setTime((LocalTime)newValue);
        return;
      case CampaignPackage.DROP__AUDIENCE_SIZE:
        setAudienceSize((Long)newValue);
        return;
      case CampaignPackage.DROP__RESPONSE_RATE:
        setResponseRate((Double)newValue);
        return;
      case CampaignPackage.DROP__DAILY_SHARES:
        getDailyShares().clear();
        getDailyShares().addAll((Collection<? extends Double>)newValue);
        return;
      case CampaignPackage.DROP__CONNECT_RATE:
        setConnectRate((Double)newValue);
        return;
      case CampaignPackage.DROP__OUTBOUND_AHT_SECONDS:
        setOutboundAhtSeconds((Double)newValue);
        return;
      case CampaignPackage.DROP__DIALLING_END:
        setDiallingEnd((LocalTime)newValue);
        return;
      case CampaignPackage.DROP__CHANNEL_SHARES:
        getChannelShares().clear();
        getChannelShares().addAll((Collection<? extends ChannelShare>)newValue);
        return;
    }
    super.eSet(featureID, newValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eUnset(int featureID)
  {
    switch (featureID)
    {
      case CampaignPackage.DROP__KIND:
        setKind(KIND_EDEFAULT);
        return;
      case CampaignPackage.DROP__DATE:
        setDate(DATE_EDEFAULT);
        return;
      case CampaignPackage.DROP__TIME:
        setTime(TIME_EDEFAULT);
        return;
      case CampaignPackage.DROP__AUDIENCE_SIZE:
        setAudienceSize(AUDIENCE_SIZE_EDEFAULT);
        return;
      case CampaignPackage.DROP__RESPONSE_RATE:
        setResponseRate(RESPONSE_RATE_EDEFAULT);
        return;
      case CampaignPackage.DROP__DAILY_SHARES:
        getDailyShares().clear();
        return;
      case CampaignPackage.DROP__CONNECT_RATE:
        setConnectRate(CONNECT_RATE_EDEFAULT);
        return;
      case CampaignPackage.DROP__OUTBOUND_AHT_SECONDS:
        setOutboundAhtSeconds(OUTBOUND_AHT_SECONDS_EDEFAULT);
        return;
      case CampaignPackage.DROP__DIALLING_END:
        setDiallingEnd(DIALLING_END_EDEFAULT);
        return;
      case CampaignPackage.DROP__CHANNEL_SHARES:
        getChannelShares().clear();
        return;
    }
    super.eUnset(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean eIsSet(int featureID)
  {
    switch (featureID)
    {
      case CampaignPackage.DROP__KIND:
        return kind != KIND_EDEFAULT;
      case CampaignPackage.DROP__DATE:
        return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
      case CampaignPackage.DROP__TIME:
        return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
      case CampaignPackage.DROP__AUDIENCE_SIZE:
        return audienceSize != AUDIENCE_SIZE_EDEFAULT;
      case CampaignPackage.DROP__RESPONSE_RATE:
        return responseRate != RESPONSE_RATE_EDEFAULT;
      case CampaignPackage.DROP__DAILY_SHARES:
        return dailyShares != null && !dailyShares.isEmpty();
      case CampaignPackage.DROP__CONNECT_RATE:
        return connectRate != CONNECT_RATE_EDEFAULT;
      case CampaignPackage.DROP__OUTBOUND_AHT_SECONDS:
        return outboundAhtSeconds != OUTBOUND_AHT_SECONDS_EDEFAULT;
      case CampaignPackage.DROP__DIALLING_END:
        return DIALLING_END_EDEFAULT == null ? diallingEnd != null : !DIALLING_END_EDEFAULT.equals(diallingEnd);
      case CampaignPackage.DROP__CHANNEL_SHARES:
        return channelShares != null && !channelShares.isEmpty();
    }
    return super.eIsSet(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    if (eIsProxy()) return super.toString();

    StringBuilder result = new StringBuilder(super.toString());
    result.append(" (kind: ");
    result.append(kind);
    result.append(", date: ");
    result.append(date);
    result.append(", time: ");
    result.append(time);
    result.append(", audienceSize: ");
    result.append(audienceSize);
    result.append(", responseRate: ");
    result.append(responseRate);
    result.append(", dailyShares: ");
    result.append(dailyShares);
    result.append(", connectRate: ");
    result.append(connectRate);
    result.append(", outboundAhtSeconds: ");
    result.append(outboundAhtSeconds);
    result.append(", diallingEnd: ");
    result.append(diallingEnd);
    result.append(')');
    return result.toString();
  }

} //DropImpl
