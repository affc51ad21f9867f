/**
 */
package tandem.campaign.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import tandem.campaign.model.CampaignPackage;
import tandem.campaign.model.SuccessMetrics;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Success Metrics</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.campaign.model.impl.SuccessMetricsImpl#getTargetResponseRate <em>Target Response Rate</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.SuccessMetricsImpl#getTargetConversions <em>Target Conversions</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.SuccessMetricsImpl#getTargetAcquisitions <em>Target Acquisitions</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.SuccessMetricsImpl#getSurveyPlan <em>Survey Plan</em>}</li>
 *   <li>{@link tandem.campaign.model.impl.SuccessMetricsImpl#getFeedbackReviewDate <em>Feedback Review Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SuccessMetricsImpl extends MinimalEObjectImpl.Container implements SuccessMetrics
{
  /**
   * The default value of the '{@link #getTargetResponseRate() <em>Target Response Rate</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTargetResponseRate()
   * @generated
   * @ordered
   */
  protected static final double TARGET_RESPONSE_RATE_EDEFAULT = 0.0;

  /**
   * The cached value of the '{@link #getTargetResponseRate() <em>Target Response Rate</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTargetResponseRate()
   * @generated
   * @ordered
   */
  protected double targetResponseRate = TARGET_RESPONSE_RATE_EDEFAULT;

  /**
   * The default value of the '{@link #getTargetConversions() <em>Target Conversions</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTargetConversions()
   * @generated
   * @ordered
   */
  protected static final int TARGET_CONVERSIONS_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getTargetConversions() <em>Target Conversions</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTargetConversions()
   * @generated
   * @ordered
   */
  protected int targetConversions = TARGET_CONVERSIONS_EDEFAULT;

  /**
   * The default value of the '{@link #getTargetAcquisitions() <em>Target Acquisitions</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTargetAcquisitions()
   * @generated
   * @ordered
   */
  protected static final int TARGET_ACQUISITIONS_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getTargetAcquisitions() <em>Target Acquisitions</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTargetAcquisitions()
   * @generated
   * @ordered
   */
  protected int targetAcquisitions = TARGET_ACQUISITIONS_EDEFAULT;

  /**
   * The default value of the '{@link #getSurveyPlan() <em>Survey Plan</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSurveyPlan()
   * @generated
   * @ordered
   */
  protected static final String SURVEY_PLAN_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getSurveyPlan() <em>Survey Plan</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getSurveyPlan()
   * @generated
   * @ordered
   */
  protected String surveyPlan = SURVEY_PLAN_EDEFAULT;

  /**
   * The default value of the '{@link #getFeedbackReviewDate() <em>Feedback Review Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getFeedbackReviewDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate FEEDBACK_REVIEW_DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getFeedbackReviewDate() <em>Feedback Review Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getFeedbackReviewDate()
   * @generated
   * @ordered
   */
  protected LocalDate feedbackReviewDate = FEEDBACK_REVIEW_DATE_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected SuccessMetricsImpl()
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
    return CampaignPackage.Literals.SUCCESS_METRICS;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public double getTargetResponseRate()
  {
    return targetResponseRate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTargetResponseRate(double newTargetResponseRate)
  {
    double oldTargetResponseRate = targetResponseRate;
    targetResponseRate = newTargetResponseRate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.SUCCESS_METRICS__TARGET_RESPONSE_RATE, oldTargetResponseRate, targetResponseRate));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getTargetConversions()
  {
    return targetConversions;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTargetConversions(int newTargetConversions)
  {
    int oldTargetConversions = targetConversions;
    targetConversions = newTargetConversions;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.SUCCESS_METRICS__TARGET_CONVERSIONS, oldTargetConversions, targetConversions));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getTargetAcquisitions()
  {
    return targetAcquisitions;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTargetAcquisitions(int newTargetAcquisitions)
  {
    int oldTargetAcquisitions = targetAcquisitions;
    targetAcquisitions = newTargetAcquisitions;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.SUCCESS_METRICS__TARGET_ACQUISITIONS, oldTargetAcquisitions, targetAcquisitions));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getSurveyPlan()
  {
    return surveyPlan;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setSurveyPlan(String newSurveyPlan)
  {
    String oldSurveyPlan = surveyPlan;
    surveyPlan = newSurveyPlan;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.SUCCESS_METRICS__SURVEY_PLAN, oldSurveyPlan, surveyPlan));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getFeedbackReviewDate()
  {
    return feedbackReviewDate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setFeedbackReviewDate(LocalDate newFeedbackReviewDate)
  {
    LocalDate oldFeedbackReviewDate = feedbackReviewDate;
    feedbackReviewDate = newFeedbackReviewDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.SUCCESS_METRICS__FEEDBACK_REVIEW_DATE, oldFeedbackReviewDate, feedbackReviewDate));
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
      case CampaignPackage.SUCCESS_METRICS__TARGET_RESPONSE_RATE:
        return getTargetResponseRate();
      case CampaignPackage.SUCCESS_METRICS__TARGET_CONVERSIONS:
        return getTargetConversions();
      case CampaignPackage.SUCCESS_METRICS__TARGET_ACQUISITIONS:
        return getTargetAcquisitions();
      case CampaignPackage.SUCCESS_METRICS__SURVEY_PLAN:
        return getSurveyPlan();
      case CampaignPackage.SUCCESS_METRICS__FEEDBACK_REVIEW_DATE:
        return getFeedbackReviewDate();
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
      case CampaignPackage.SUCCESS_METRICS__TARGET_RESPONSE_RATE:
        setTargetResponseRate((Double)newValue);
        return;
      case CampaignPackage.SUCCESS_METRICS__TARGET_CONVERSIONS:
        setTargetConversions((Integer)newValue);
        return;
      case CampaignPackage.SUCCESS_METRICS__TARGET_ACQUISITIONS:
        setTargetAcquisitions((Integer)newValue);
        return;
      case CampaignPackage.SUCCESS_METRICS__SURVEY_PLAN:
        setSurveyPlan((String)newValue);
        return;
      case CampaignPackage.SUCCESS_METRICS__FEEDBACK_REVIEW_DATE:
        setFeedbackReviewDate((LocalDate)newValue);
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
      case CampaignPackage.SUCCESS_METRICS__TARGET_RESPONSE_RATE:
        setTargetResponseRate(TARGET_RESPONSE_RATE_EDEFAULT);
        return;
      case CampaignPackage.SUCCESS_METRICS__TARGET_CONVERSIONS:
        setTargetConversions(TARGET_CONVERSIONS_EDEFAULT);
        return;
      case CampaignPackage.SUCCESS_METRICS__TARGET_ACQUISITIONS:
        setTargetAcquisitions(TARGET_ACQUISITIONS_EDEFAULT);
        return;
      case CampaignPackage.SUCCESS_METRICS__SURVEY_PLAN:
        setSurveyPlan(SURVEY_PLAN_EDEFAULT);
        return;
      case CampaignPackage.SUCCESS_METRICS__FEEDBACK_REVIEW_DATE:
        setFeedbackReviewDate(FEEDBACK_REVIEW_DATE_EDEFAULT);
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
      case CampaignPackage.SUCCESS_METRICS__TARGET_RESPONSE_RATE:
        return targetResponseRate != TARGET_RESPONSE_RATE_EDEFAULT;
      case CampaignPackage.SUCCESS_METRICS__TARGET_CONVERSIONS:
        return targetConversions != TARGET_CONVERSIONS_EDEFAULT;
      case CampaignPackage.SUCCESS_METRICS__TARGET_ACQUISITIONS:
        return targetAcquisitions != TARGET_ACQUISITIONS_EDEFAULT;
      case CampaignPackage.SUCCESS_METRICS__SURVEY_PLAN:
        return SURVEY_PLAN_EDEFAULT == null ? surveyPlan != null : !SURVEY_PLAN_EDEFAULT.equals(surveyPlan);
      case CampaignPackage.SUCCESS_METRICS__FEEDBACK_REVIEW_DATE:
        return FEEDBACK_REVIEW_DATE_EDEFAULT == null ? feedbackReviewDate != null : !FEEDBACK_REVIEW_DATE_EDEFAULT.equals(feedbackReviewDate);
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
    result.append(" (targetResponseRate: ");
    result.append(targetResponseRate);
    result.append(", targetConversions: ");
    result.append(targetConversions);
    result.append(", targetAcquisitions: ");
    result.append(targetAcquisitions);
    result.append(", surveyPlan: ");
    result.append(surveyPlan);
    result.append(", feedbackReviewDate: ");
    result.append(feedbackReviewDate);
    result.append(')');
    return result.toString();
  }

} //SuccessMetricsImpl
