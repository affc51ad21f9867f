/**
 */
package tandem.campaign.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignPackage;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.campaign.model.Offer;
import tandem.campaign.model.SuccessMetrics;

import tandem.core.model.Queue;

import tandem.core.model.impl.NamedElementImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.campaign.model.impl.CampaignImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.CampaignImpl#getObjective <em>Objective</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.CampaignImpl#getCampaignCode <em>Campaign Code</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.CampaignImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.CampaignImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.CampaignImpl#getServiceNotifiedOn <em>Service Notified On</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.CampaignImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.CampaignImpl#getQueues <em>Queues</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.CampaignImpl#getOffer <em>Offer</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.CampaignImpl#getSuccessMetrics <em>Success Metrics</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.CampaignImpl#getDrops <em>Drops</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignImpl extends NamedElementImpl implements Campaign
{
  /**
   * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOwner()
   * @generated
   * @ordered
   */
  protected static final String OWNER_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOwner()
   * @generated
   * @ordered
   */
  protected String owner = OWNER_EDEFAULT;

  /**
   * The default value of the '{@link #getObjective() <em>Objective</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getObjective()
   * @generated
   * @ordered
   */
  protected static final String OBJECTIVE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getObjective() <em>Objective</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getObjective()
   * @generated
   * @ordered
   */
  protected String objective = OBJECTIVE_EDEFAULT;

  /**
   * The default value of the '{@link #getCampaignCode() <em>Campaign Code</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCampaignCode()
   * @generated
   * @ordered
   */
  protected static final String CAMPAIGN_CODE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getCampaignCode() <em>Campaign Code</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCampaignCode()
   * @generated
   * @ordered
   */
  protected String campaignCode = CAMPAIGN_CODE_EDEFAULT;

  /**
   * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStartDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate START_DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStartDate()
   * @generated
   * @ordered
   */
  protected LocalDate startDate = START_DATE_EDEFAULT;

  /**
   * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEndDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate END_DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEndDate()
   * @generated
   * @ordered
   */
  protected LocalDate endDate = END_DATE_EDEFAULT;

  /**
   * The default value of the '{@link #getServiceNotifiedOn() <em>Service Notified On</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getServiceNotifiedOn()
   * @generated
   * @ordered
   */
  protected static final LocalDate SERVICE_NOTIFIED_ON_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getServiceNotifiedOn() <em>Service Notified On</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getServiceNotifiedOn()
   * @generated
   * @ordered
   */
  protected LocalDate serviceNotifiedOn = SERVICE_NOTIFIED_ON_EDEFAULT;

  /**
   * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getChannels()
   * @generated
   * @ordered
   */
  protected EList<DropKind> channels;

  /**
   * The cached value of the '{@link #getQueues() <em>Queues</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getQueues()
   * @generated
   * @ordered
   */
  protected EList<Queue> queues;

  /**
   * The cached value of the '{@link #getOffer() <em>Offer</em>}' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOffer()
   * @generated
   * @ordered
   */
  protected Offer offer;

  /**
   * The cached value of the '{@link #getSuccessMetrics() <em>Success Metrics</em>}' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSuccessMetrics()
   * @generated
   * @ordered
   */
  protected SuccessMetrics successMetrics;

  /**
   * The cached value of the '{@link #getDrops() <em>Drops</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDrops()
   * @generated
   * @ordered
   */
  protected EList<Drop> drops;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected CampaignImpl()
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
    return CampaignPackage.Literals.CAMPAIGN;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getOwner()
  {
    return owner;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setOwner(String newOwner)
  {
    String oldOwner = owner;
    owner = newOwner;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__OWNER, oldOwner, owner));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getObjective()
  {
    return objective;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setObjective(String newObjective)
  {
    String oldObjective = objective;
    objective = newObjective;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__OBJECTIVE, oldObjective, objective));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getCampaignCode()
  {
    return campaignCode;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setCampaignCode(String newCampaignCode)
  {
    String oldCampaignCode = campaignCode;
    campaignCode = newCampaignCode;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__CAMPAIGN_CODE, oldCampaignCode, campaignCode));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getStartDate()
  {
    return startDate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStartDate(LocalDate newStartDate)
  {
    LocalDate oldStartDate = startDate;
    startDate = newStartDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__START_DATE, oldStartDate, startDate));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getEndDate()
  {
    return endDate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setEndDate(LocalDate newEndDate)
  {
    LocalDate oldEndDate = endDate;
    endDate = newEndDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__END_DATE, oldEndDate, endDate));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getServiceNotifiedOn()
  {
    return serviceNotifiedOn;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setServiceNotifiedOn(LocalDate newServiceNotifiedOn)
  {
    LocalDate oldServiceNotifiedOn = serviceNotifiedOn;
    serviceNotifiedOn = newServiceNotifiedOn;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__SERVICE_NOTIFIED_ON, oldServiceNotifiedOn, serviceNotifiedOn));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<DropKind> getChannels()
  {
    if (channels == null)
    {
      channels = new EDataTypeUniqueEList<DropKind>(DropKind.class, this, CampaignPackage.CAMPAIGN__CHANNELS);
    }
    return channels;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Queue> getQueues()
  {
    if (queues == null)
    {
      queues = new EObjectResolvingEList<Queue>(Queue.class, this, CampaignPackage.CAMPAIGN__QUEUES);
    }
    return queues;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Offer getOffer()
  {
    return offer;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public NotificationChain basicSetOffer(Offer newOffer, NotificationChain msgs)
  {
    Offer oldOffer = offer;
    offer = newOffer;
    if (eNotificationRequired())
    {
      ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__OFFER, oldOffer, newOffer);
      if (msgs == null) msgs = notification; else msgs.add(notification);
    }
    return msgs;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setOffer(Offer newOffer)
  {
    if (newOffer != offer)
    {
      NotificationChain msgs = null;
      if (offer != null)
        msgs = ((InternalEObject)offer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.CAMPAIGN__OFFER, null, msgs);
      if (newOffer != null)
        msgs = ((InternalEObject)newOffer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.CAMPAIGN__OFFER, null, msgs);
      msgs = basicSetOffer(newOffer, msgs);
      if (msgs != null) msgs.dispatch();
    }
    else if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__OFFER, newOffer, newOffer));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public SuccessMetrics getSuccessMetrics()
  {
    return successMetrics;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public NotificationChain basicSetSuccessMetrics(SuccessMetrics newSuccessMetrics, NotificationChain msgs)
  {
    SuccessMetrics oldSuccessMetrics = successMetrics;
    successMetrics = newSuccessMetrics;
    if (eNotificationRequired())
    {
      ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__SUCCESS_METRICS, oldSuccessMetrics, newSuccessMetrics);
      if (msgs == null) msgs = notification; else msgs.add(notification);
    }
    return msgs;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSuccessMetrics(SuccessMetrics newSuccessMetrics)
  {
    if (newSuccessMetrics != successMetrics)
    {
      NotificationChain msgs = null;
      if (successMetrics != null)
        msgs = ((InternalEObject)successMetrics).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.CAMPAIGN__SUCCESS_METRICS, null, msgs);
      if (newSuccessMetrics != null)
        msgs = ((InternalEObject)newSuccessMetrics).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.CAMPAIGN__SUCCESS_METRICS, null, msgs);
      msgs = basicSetSuccessMetrics(newSuccessMetrics, msgs);
      if (msgs != null) msgs.dispatch();
    }
    else if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__SUCCESS_METRICS, newSuccessMetrics, newSuccessMetrics));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Drop> getDrops()
  {
    if (drops == null)
    {
      drops = new EObjectContainmentEList<Drop>(Drop.class, this, CampaignPackage.CAMPAIGN__DROPS);
    }
    return drops;
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
      case CampaignPackage.CAMPAIGN__OFFER:
        return basicSetOffer(null, msgs);
      case CampaignPackage.CAMPAIGN__SUCCESS_METRICS:
        return basicSetSuccessMetrics(null, msgs);
      case CampaignPackage.CAMPAIGN__DROPS:
        return ((InternalEList<?>)getDrops()).basicRemove(otherEnd, msgs);
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
      case CampaignPackage.CAMPAIGN__OWNER:
        return getOwner();
      case CampaignPackage.CAMPAIGN__OBJECTIVE:
        return getObjective();
      case CampaignPackage.CAMPAIGN__CAMPAIGN_CODE:
        return getCampaignCode();
      case CampaignPackage.CAMPAIGN__START_DATE:
        return getStartDate();
      case CampaignPackage.CAMPAIGN__END_DATE:
        return getEndDate();
      case CampaignPackage.CAMPAIGN__SERVICE_NOTIFIED_ON:
        return getServiceNotifiedOn();
      case CampaignPackage.CAMPAIGN__CHANNELS:
        return getChannels();
      case CampaignPackage.CAMPAIGN__QUEUES:
        return getQueues();
      case CampaignPackage.CAMPAIGN__OFFER:
        return getOffer();
      case CampaignPackage.CAMPAIGN__SUCCESS_METRICS:
        return getSuccessMetrics();
      case CampaignPackage.CAMPAIGN__DROPS:
        return getDrops();
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
      case CampaignPackage.CAMPAIGN__OWNER:
        setOwner((String)newValue);
        return;
      case CampaignPackage.CAMPAIGN__OBJECTIVE:
        setObjective((String)newValue);
        return;
      case CampaignPackage.CAMPAIGN__CAMPAIGN_CODE:
        setCampaignCode((String)newValue);
        return;
      case CampaignPackage.CAMPAIGN__START_DATE:
        setStartDate((LocalDate)newValue);
        return;
      case CampaignPackage.CAMPAIGN__END_DATE:
        setEndDate((LocalDate)newValue);
        return;
      case CampaignPackage.CAMPAIGN__SERVICE_NOTIFIED_ON:
        setServiceNotifiedOn((LocalDate)newValue);
        return;
      case CampaignPackage.CAMPAIGN__CHANNELS:
        getChannels().clear();
        getChannels().addAll((Collection<? extends DropKind>)newValue);
        return;
      case CampaignPackage.CAMPAIGN__QUEUES:
        getQueues().clear();
        getQueues().addAll((Collection<? extends Queue>)newValue);
        return;
      case CampaignPackage.CAMPAIGN__OFFER:
        setOffer((Offer)newValue);
        return;
      case CampaignPackage.CAMPAIGN__SUCCESS_METRICS:
        setSuccessMetrics((SuccessMetrics)newValue);
        return;
      case CampaignPackage.CAMPAIGN__DROPS:
        getDrops().clear();
        getDrops().addAll((Collection<? extends Drop>)newValue);
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
      case CampaignPackage.CAMPAIGN__OWNER:
        setOwner(OWNER_EDEFAULT);
        return;
      case CampaignPackage.CAMPAIGN__OBJECTIVE:
        setObjective(OBJECTIVE_EDEFAULT);
        return;
      case CampaignPackage.CAMPAIGN__CAMPAIGN_CODE:
        setCampaignCode(CAMPAIGN_CODE_EDEFAULT);
        return;
      case CampaignPackage.CAMPAIGN__START_DATE:
        setStartDate(START_DATE_EDEFAULT);
        return;
      case CampaignPackage.CAMPAIGN__END_DATE:
        setEndDate(END_DATE_EDEFAULT);
        return;
      case CampaignPackage.CAMPAIGN__SERVICE_NOTIFIED_ON:
        setServiceNotifiedOn(SERVICE_NOTIFIED_ON_EDEFAULT);
        return;
      case CampaignPackage.CAMPAIGN__CHANNELS:
        getChannels().clear();
        return;
      case CampaignPackage.CAMPAIGN__QUEUES:
        getQueues().clear();
        return;
      case CampaignPackage.CAMPAIGN__OFFER:
        setOffer((Offer)null);
        return;
      case CampaignPackage.CAMPAIGN__SUCCESS_METRICS:
        setSuccessMetrics((SuccessMetrics)null);
        return;
      case CampaignPackage.CAMPAIGN__DROPS:
        getDrops().clear();
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
      case CampaignPackage.CAMPAIGN__OWNER:
        return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
      case CampaignPackage.CAMPAIGN__OBJECTIVE:
        return OBJECTIVE_EDEFAULT == null ? objective != null : !OBJECTIVE_EDEFAULT.equals(objective);
      case CampaignPackage.CAMPAIGN__CAMPAIGN_CODE:
        return CAMPAIGN_CODE_EDEFAULT == null ? campaignCode != null : !CAMPAIGN_CODE_EDEFAULT.equals(campaignCode);
      case CampaignPackage.CAMPAIGN__START_DATE:
        return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
      case CampaignPackage.CAMPAIGN__END_DATE:
        return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
      case CampaignPackage.CAMPAIGN__SERVICE_NOTIFIED_ON:
        return SERVICE_NOTIFIED_ON_EDEFAULT == null ? serviceNotifiedOn != null : !SERVICE_NOTIFIED_ON_EDEFAULT.equals(serviceNotifiedOn);
      case CampaignPackage.CAMPAIGN__CHANNELS:
        return channels != null && !channels.isEmpty();
      case CampaignPackage.CAMPAIGN__QUEUES:
        return queues != null && !queues.isEmpty();
      case CampaignPackage.CAMPAIGN__OFFER:
        return offer != null;
      case CampaignPackage.CAMPAIGN__SUCCESS_METRICS:
        return successMetrics != null;
      case CampaignPackage.CAMPAIGN__DROPS:
        return drops != null && !drops.isEmpty();
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
    result.append(" (owner: ");
    result.append(owner);
    result.append(", objective: ");
    result.append(objective);
    result.append(", campaignCode: ");
    result.append(campaignCode);
    result.append(", startDate: ");
    result.append(startDate);
    result.append(", endDate: ");
    result.append(endDate);
    result.append(", serviceNotifiedOn: ");
    result.append(serviceNotifiedOn);
    result.append(", channels: ");
    result.append(channels);
    result.append(')');
    return result.toString();
  }

} //CampaignImpl
