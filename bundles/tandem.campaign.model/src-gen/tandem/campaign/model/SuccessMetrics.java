/**
 */
package tandem.campaign.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Success Metrics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.campaign.model.SuccessMetrics#getTargetResponseRate <em>Target Response Rate</em>}</li>
 *   <li>{@link tandem.campaign.model.SuccessMetrics#getTargetConversions <em>Target Conversions</em>}</li>
 *   <li>{@link tandem.campaign.model.SuccessMetrics#getTargetAcquisitions <em>Target Acquisitions</em>}</li>
 *   <li>{@link tandem.campaign.model.SuccessMetrics#getSurveyPlan <em>Survey Plan</em>}</li>
 *   <li>{@link tandem.campaign.model.SuccessMetrics#getFeedbackReviewDate <em>Feedback Review Date</em>}</li>
 * </ul>
 *
 * @see tandem.campaign.model.CampaignPackage#getSuccessMetrics()
 * @model
 * @generated
 */
public interface SuccessMetrics extends EObject
{
  /**
   * Returns the value of the '<em><b>Target Response Rate</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Target Response Rate</em>' attribute.
   * @see #setTargetResponseRate(double)
   * @see tandem.campaign.model.CampaignPackage#getSuccessMetrics_TargetResponseRate()
   * @model annotation="http://tandem.dev/unit unit='percent'"
   * @generated
   */
  double getTargetResponseRate();

  /**
   * Sets the value of the '{@link tandem.campaign.model.SuccessMetrics#getTargetResponseRate <em>Target Response Rate</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Target Response Rate</em>' attribute.
   * @see #getTargetResponseRate()
   * @generated
   */
  void setTargetResponseRate(double value);

  /**
   * Returns the value of the '<em><b>Target Conversions</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Target Conversions</em>' attribute.
   * @see #setTargetConversions(int)
   * @see tandem.campaign.model.CampaignPackage#getSuccessMetrics_TargetConversions()
   * @model
   * @generated
   */
  int getTargetConversions();

  /**
   * Sets the value of the '{@link tandem.campaign.model.SuccessMetrics#getTargetConversions <em>Target Conversions</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Target Conversions</em>' attribute.
   * @see #getTargetConversions()
   * @generated
   */
  void setTargetConversions(int value);

  /**
   * Returns the value of the '<em><b>Target Acquisitions</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Target Acquisitions</em>' attribute.
   * @see #setTargetAcquisitions(int)
   * @see tandem.campaign.model.CampaignPackage#getSuccessMetrics_TargetAcquisitions()
   * @model
   * @generated
   */
  int getTargetAcquisitions();

  /**
   * Sets the value of the '{@link tandem.campaign.model.SuccessMetrics#getTargetAcquisitions <em>Target Acquisitions</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Target Acquisitions</em>' attribute.
   * @see #getTargetAcquisitions()
   * @generated
   */
  void setTargetAcquisitions(int value);

  /**
   * Returns the value of the '<em><b>Survey Plan</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Survey Plan</em>' attribute.
   * @see #setSurveyPlan(String)
   * @see tandem.campaign.model.CampaignPackage#getSuccessMetrics_SurveyPlan()
   * @model
   * @generated
   */
  String getSurveyPlan();

  /**
   * Sets the value of the '{@link tandem.campaign.model.SuccessMetrics#getSurveyPlan <em>Survey Plan</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Survey Plan</em>' attribute.
   * @see #getSurveyPlan()
   * @generated
   */
  void setSurveyPlan(String value);

  /**
   * Returns the value of the '<em><b>Feedback Review Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Feedback Review Date</em>' attribute.
   * @see #setFeedbackReviewDate(LocalDate)
   * @see tandem.campaign.model.CampaignPackage#getSuccessMetrics_FeedbackReviewDate()
   * @model dataType="tandem.core.model.LocalDate"
   * @generated
   */
  LocalDate getFeedbackReviewDate();

  /**
   * Sets the value of the '{@link tandem.campaign.model.SuccessMetrics#getFeedbackReviewDate <em>Feedback Review Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Feedback Review Date</em>' attribute.
   * @see #getFeedbackReviewDate()
   * @generated
   */
  void setFeedbackReviewDate(LocalDate value);

} // SuccessMetrics
