package dev.parley.protocol;

import java.util.Locale;
import java.util.Optional;

/** Every defined stanza error condition of RFC 6120 §8.3.3, with its usual error type. */
public enum StanzaErrorCondition {
  BAD_REQUEST(ErrorType.MODIFY),
  CONFLICT(ErrorType.CANCEL),
  FEATURE_NOT_IMPLEMENTED(ErrorType.CANCEL),
  FORBIDDEN(ErrorType.AUTH),
  GONE(ErrorType.CANCEL),
  INTERNAL_SERVER_ERROR(ErrorType.CANCEL),
  ITEM_NOT_FOUND(ErrorType.CANCEL),
  JID_MALFORMED(ErrorType.MODIFY),
  NOT_ACCEPTABLE(ErrorType.MODIFY),
  NOT_ALLOWED(ErrorType.CANCEL),
  NOT_AUTHORIZED(ErrorType.AUTH),
  POLICY_VIOLATION(ErrorType.MODIFY),
  RECIPIENT_UNAVAILABLE(ErrorType.WAIT),
  REDIRECT(ErrorType.MODIFY),
  REGISTRATION_REQUIRED(ErrorType.AUTH),
  REMOTE_SERVER_NOT_FOUND(ErrorType.CANCEL),
  REMOTE_SERVER_TIMEOUT(ErrorType.WAIT),
  RESOURCE_CONSTRAINT(ErrorType.WAIT),
  SERVICE_UNAVAILABLE(ErrorType.CANCEL),
  SUBSCRIPTION_REQUIRED(ErrorType.AUTH),
  UNDEFINED_CONDITION(ErrorType.CANCEL),
  UNEXPECTED_REQUEST(ErrorType.WAIT);

  private final ErrorType defaultType;

  StanzaErrorCondition(ErrorType defaultType) {
    this.defaultType = defaultType;
  }

  public ErrorType defaultType() {
    return defaultType;
  }

  /** The element name, for example {@code service-unavailable}. */
  public String elementName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<StanzaErrorCondition> fromElementName(String name) {
    for (StanzaErrorCondition condition : values()) {
      if (condition.elementName().equals(name)) {
        return Optional.of(condition);
      }
    }
    return Optional.empty();
  }
}
