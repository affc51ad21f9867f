/**
 */
package tandem.core.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.core.model.Channel;
import tandem.core.model.CorePackage;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Queue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.core.model.impl.QueueImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link tandem.core.model.impl.QueueImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link tandem.core.model.impl.QueueImpl#getSkill <em>Skill</em>}</li>
 *   <li>{@link tandem.core.model.impl.QueueImpl#getOpeningHours <em>Opening Hours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QueueImpl extends NamedElementImpl implements Queue
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
   * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLanguage()
   * @generated
   * @ordered
   */
  protected static final String LANGUAGE_EDEFAULT = "en";

  /**
   * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLanguage()
   * @generated
   * @ordered
   */
  protected String language = LANGUAGE_EDEFAULT;

  /**
   * The default value of the '{@link #getSkill() <em>Skill</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSkill()
   * @generated
   * @ordered
   */
  protected static final String SKILL_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getSkill() <em>Skill</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSkill()
   * @generated
   * @ordered
   */
  protected String skill = SKILL_EDEFAULT;

  /**
   * The cached value of the '{@link #getOpeningHours() <em>Opening Hours</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOpeningHours()
   * @generated
   * @ordered
   */
  protected OpeningHours openingHours;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected QueueImpl()
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
    return CorePackage.Literals.QUEUE;
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
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.QUEUE__CHANNEL, oldChannel, channel));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getLanguage()
  {
    return language;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLanguage(String newLanguage)
  {
    String oldLanguage = language;
    language = newLanguage;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.QUEUE__LANGUAGE, oldLanguage, language));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getSkill()
  {
    return skill;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSkill(String newSkill)
  {
    String oldSkill = skill;
    skill = newSkill;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.QUEUE__SKILL, oldSkill, skill));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public OpeningHours getOpeningHours()
  {
    if (openingHours != null && openingHours.eIsProxy())
    {
      InternalEObject oldOpeningHours = (InternalEObject)openingHours;
      openingHours = (OpeningHours)eResolveProxy(oldOpeningHours);
      if (openingHours != oldOpeningHours)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, CorePackage.QUEUE__OPENING_HOURS, oldOpeningHours, openingHours));
      }
    }
    return openingHours;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public OpeningHours basicGetOpeningHours()
  {
    return openingHours;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setOpeningHours(OpeningHours newOpeningHours)
  {
    OpeningHours oldOpeningHours = openingHours;
    openingHours = newOpeningHours;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.QUEUE__OPENING_HOURS, oldOpeningHours, openingHours));
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
      case CorePackage.QUEUE__CHANNEL:
        return getChannel();
      case CorePackage.QUEUE__LANGUAGE:
        return getLanguage();
      case CorePackage.QUEUE__SKILL:
        return getSkill();
      case CorePackage.QUEUE__OPENING_HOURS:
        if (resolve) return getOpeningHours();
        return basicGetOpeningHours();
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
      case CorePackage.QUEUE__CHANNEL:
        setChannel((Channel)newValue);
        return;
      case CorePackage.QUEUE__LANGUAGE:
        setLanguage((String)newValue);
        return;
      case CorePackage.QUEUE__SKILL:
        setSkill((String)newValue);
        return;
      case CorePackage.QUEUE__OPENING_HOURS:
        setOpeningHours((OpeningHours)newValue);
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
      case CorePackage.QUEUE__CHANNEL:
        setChannel(CHANNEL_EDEFAULT);
        return;
      case CorePackage.QUEUE__LANGUAGE:
        setLanguage(LANGUAGE_EDEFAULT);
        return;
      case CorePackage.QUEUE__SKILL:
        setSkill(SKILL_EDEFAULT);
        return;
      case CorePackage.QUEUE__OPENING_HOURS:
        setOpeningHours((OpeningHours)null);
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
      case CorePackage.QUEUE__CHANNEL:
        return channel != CHANNEL_EDEFAULT;
      case CorePackage.QUEUE__LANGUAGE:
        return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
      case CorePackage.QUEUE__SKILL:
        return SKILL_EDEFAULT == null ? skill != null : !SKILL_EDEFAULT.equals(skill);
      case CorePackage.QUEUE__OPENING_HOURS:
        return openingHours != null;
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
    result.append(", language: ");
    result.append(language);
    result.append(", skill: ");
    result.append(skill);
    result.append(')');
    return result.toString();
  }

} //QueueImpl
