import type { Messages } from "../zh-CN";

export const pii: Messages["pii"] = {
  reveal: "Reveal personal data",
  hide: "Mask again",
  masked: "Masked",
  shown: "Shown in full",
  revealedBanner: "Personal data revealed for this view only: reloading the page masks it again. This reveal was recorded in the audit trail.",
  dialogTitle: "Reveal personal data",
  dialogDescription: "Personal data is masked by default. Revealing it needs a reason; the reason and your name are recorded in the audit trail.",
  fieldsLegend: "Data to reveal",
  fieldsRequired: "Choose at least one item to reveal.",
  reason: "Reason",
  reasonHint: {
    KycSubmission: "For example: compare the ID number with the ID card image (at least 5 characters)",
    Customer: "E.g. customer complaint call, checking identity (at least 5 characters)",
  },
  submit: "Reveal",
  cancel: "Cancel",
  fields: {
    idNumber: "ID number",
    phone: "Mobile",
    email: "Email",
    address: "Address",
    birthDate: "Date of birth",
    name: "Name",
  },
};
