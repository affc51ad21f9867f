/**
 */
package tandem.campaign.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import tandem.campaign.model.CampaignPackage;
import tandem.campaign.model.ChannelShare;

import tandem.core.model.Channel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Channel Share</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.campaign.model.impl.ChannelShareImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.ChannelShareImpl#getShare <em>Share</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChannelShareImpl extends MinimalEObjectImpl.Container implements ChannelShare
{
  /**
   * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getChannel()
   * @generated
   * @ordered
   */
  protected static final Channel CHANNEL_EDEFAULT = Channel.PHONE;

  /**
   * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getChannel()
   * @generated
   * @ordered
   */
  protected Channel channel = CHANNEL_EDEFAULT;

  /**
   * The default value of the '{@link #getShare() <em>Share</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getShare()
   * @generated
   * @ordered
   */
  protected static final double SHARE_EDEFAULT = 0.0;

  /**
   * The cached value of the '{@link #getShare() <em>Share</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getShare()
   * @generated
   * @ordered
   */
  protected double share = SHARE_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected ChannelShareImpl()
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
    return CampaignPackage.Literals.CHANNEL_SHARE;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Channel getChannel()
  {
    return channel;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setChannel(Channel newChannel)
  {
    Channel oldChannel = channel;
    channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CHANNEL_SHARE__CHANNEL, oldChannel, channel));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getShare()
  {
    return share;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setShare(double newShare)
  {
    double oldShare = share;
    share = newShare;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CHANNEL_SHARE__SHARE, oldShare, share));
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
      case CampaignPackage.CHANNEL_SHARE__CHANNEL:
        return getChannel();
      case CampaignPackage.CHANNEL_SHARE__SHARE:
        return getShare();
    }
    return super.eGet(featureID, resolve, coreType);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case CampaignPackage.CHANNEL_SHARE__CHANNEL:
        setChannel((Channel)newValue);
        return;
      case CampaignPackage.CHANNEL_SHARE__SHARE:
        setShare((Double)newValue);
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
      case CampaignPackage.CHANNEL_SHARE__CHANNEL:
        setChannel(CHANNEL_EDEFAULT);
        return;
      case CampaignPackage.CHANNEL_SHARE__SHARE:
        setShare(SHARE_EDEFAULT);
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
      case CampaignPackage.CHANNEL_SHARE__CHANNEL:
        return channel != CHANNEL_EDEFAULT;
      case CampaignPackage.CHANNEL_SHARE__SHARE:
        return share != SHARE_EDEFAULT;
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
    result.append(" (channel: ");
    result.append(channel);
    result.append(", share: ");
    result.append(share);
    result.append(')');
    return result.toString();
  }

} //ChannelShareImpl
