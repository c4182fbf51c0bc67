// The KYC review workspace, as a compliance officer works it: find a submission in the queue, look at
// the documents, reveal an ID number with a reason (and an auditor finds that in the audit trail), reject
// with a reason code, approve a low-risk one (the wallet opens), and approve a high-risk one, which waits
// for a compliance lead in a second browser to confirm.
import { expect, test, type Page } from "@playwright/test";
import { demoStaff, signIn } from "./support/staff";

/** Opens the first submission of a queue view by clicking its row, and returns its id. */
async function openFromQueue(page: Page, query: string): Promise<string> {
  await page.goto(`/kyc?${query}`);
  const row = page.getByTestId("kyc-queue-table").locator("tbody tr[data-href]").first();
  await expect(row, `the demo data has a submission in the queue view ${query}`).toBeVisible();
  const href = (await row.getAttribute("data-href"))!;
  await row.locator("td").nth(3).click();
  await expect(page).toHaveURL(href);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(href.split("/").pop()!);
  return href.split("/").pop()!;
}

test.describe("the KYC review workspace", () => {
  test("an officer reveals an ID number with a reason and rejects with a reason code; an auditor sees the reveal", async ({ page, browser }) => {
    const officer = demoStaff("officer");
    await signIn(page, "officer");
    await page.getByRole("link", { name: "实名审核" }).click();
    await expect(page).toHaveURL(/\/kyc/);
    const id = await openFromQueue(page, "status=PENDING");
    await expect(page.getByTestId("kyc-status")).toHaveAttribute("data-status", "PENDING");

    // The four documents are there, served by the image route.
    for (const kind of ["ID_FRONT", "ID_BACK", "SELFIE", "BANK_CARD"]) {
      const image = page.getByTestId(`kyc-document-${kind}`).getByRole("img");
      await expect(image).toBeVisible();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    }
    const front = page.getByTestId("kyc-document-ID_FRONT");
    await front.getByRole("button", { name: "放大", exact: true }).click();
    await expect(front.getByRole("toolbar")).toContainText("150%");
    await front.getByRole("button", { name: "复原" }).click();
    await expect(front.getByRole("toolbar")).toContainText("100%");

    // Masked until revealed with a reason.
    const idNumber = page.getByTestId("pii-customer-idNumber");
    await expect(idNumber).toHaveAttribute("data-masked", "true");
    await expect(idNumber).toHaveText(/^\d{6}\*{8}[\dX]{4}已遮盖$/);
    await page.getByTestId("pii-reveal-open").click();
    const dialog = page.getByRole("dialog", { name: "查看完整个人信息" });
    await dialog.getByLabel("身份证号").check();
    await dialog.getByLabel("查看原因").fill("看");
    await dialog.getByTestId("pii-reveal-submit").click();
    await expect(dialog).toContainText("请填写原因（至少 5 个字）");
    await dialog.getByLabel("查看原因").fill("核对证件号码与身份证照片是否一致");
    await dialog.getByTestId("pii-reveal-submit").click();
    await expect(dialog).toBeHidden();
    await expect(idNumber).toHaveAttribute("data-masked", "false");
    await expect(idNumber).toHaveText(/^\d{17}[\dX]已显示完整信息$/);
    await expect(page.getByTestId("pii-revealed")).toBeVisible();

    // `r` opens the rejection; without a reason code it is refused beside the field.
    await page.keyboard.press("r");
    const reject = page.getByRole("dialog", { name: `拒绝提交 ${id}` });
    await expect(reject).toBeVisible();
    await reject.getByTestId("kyc-reject-dialog-confirm").click();
    await expect(reject).toContainText("此项为必填。");
    await reject.getByLabel("拒绝原因").selectOption({ label: "证件图片无法辨认" });
    await reject.getByLabel("决定说明").fill("身份证国徽面反光，签发机关无法辨认");
    await reject.getByTestId("kyc-reject-dialog-confirm").click();
    await expect(reject).toBeHidden();
    await expect(page.getByTestId("kyc-decision-result")).toContainText("已拒绝此提交。");
    await expect(page.getByTestId("kyc-status")).toHaveAttribute("data-status", "REJECTED");
    await expect(page.getByTestId("kyc-decision-summary")).toContainText("证件图片无法辨认");
    const timeline = page.getByTestId("kyc-timeline");
    await expect(timeline.locator('[data-action="kyc.reject"]')).toContainText(officer.name);
    await expect(timeline.locator('[data-action="pii.reveal"]')).toContainText("核对证件号码与身份证照片是否一致");

    // A reload masks again.
    await page.reload();
    await expect(page.getByTestId("pii-customer-idNumber")).toHaveAttribute("data-masked", "true");

    // The auditor finds the reveal, with who did it.
    const auditorContext = await browser.newContext();
    const auditorPage = await auditorContext.newPage();
    await signIn(auditorPage, "auditor");
    await auditorPage.goto("/audit?action=pii.reveal");
    const rows = auditorPage.getByTestId("audit-events").locator("tbody tr");
    await expect(rows.filter({ hasText: officer.email }).filter({ hasText: id }).first()).toBeVisible();
    await auditorContext.close();
  });

  test("an officer approves a low-risk submission and the customer's wallet opens", async ({ page }) => {
    await signIn(page, "officer");
    await openFromQueue(page, "status=PENDING&risk=LOW");
    await expect(page.getByTestId("kyc-wallet-status")).toHaveAttribute("data-status", "PENDING_KYC");
    const tier = (await page.getByTestId("kyc-status").locator("xpath=../..").textContent())!.match(/(I{1,3})类账户/)![1]!;

    await page.getByTestId("kyc-approve").click();
    const dialog = page.getByTestId("kyc-approve-dialog");
    await expect(dialog).toContainText(`${tier}类账户`);
    await page.getByTestId("kyc-approve-dialog-confirm").click();
    await expect(page.getByTestId("kyc-decision-result")).toContainText(`已批准。客户钱包已开通为${tier}类账户。`);
    await expect(page.getByTestId("kyc-status")).toHaveAttribute("data-status", "APPROVED");
    await expect(page.getByTestId("kyc-wallet-status")).toHaveAttribute("data-status", "ACTIVE");
    await expect(page.getByTestId("kyc-wallet-status")).toHaveText("已开通");
    await expect(page.getByTestId("kyc-wallet-tier")).toHaveText(`${tier}类账户`);
    await expect(page.getByTestId("kyc-approve")).toHaveCount(0);
  });

  test("a high-risk approval waits for a lead, who confirms it in another browser; then the wallet opens", async ({ page, browser }) => {
    const officer = demoStaff("officer");
    await signIn(page, "officer");
    const id = await openFromQueue(page, "status=open&risk=HIGH");
    await expect(page.getByTestId("kyc-high-risk-note")).toBeVisible();
    await page.keyboard.press("a");
    const dialog = page.getByTestId("kyc-approve-dialog");
    await expect(dialog).toContainText("此提交为高风险");
    await page.getByTestId("kyc-approve-dialog-confirm").click();
    await expect(page.getByTestId("kyc-decision-result")).toContainText("已提议批准，等待合规主管复核。");
    await expect(page.getByTestId("kyc-waiting-for-lead")).toContainText("等待合规主管复核");
    await expect(page.getByTestId("kyc-confirm-approval")).toHaveCount(0);
    await expect(page.getByTestId("kyc-status")).toHaveAttribute("data-status", "approvalPending");
    await expect(page.getByTestId("kyc-wallet-status")).toHaveAttribute("data-status", "PENDING_KYC");

    const leadContext = await browser.newContext();
    const lead = await leadContext.newPage();
    await signIn(lead, "lead");
    await lead.goto(`/kyc/${id}`);
    await expect(lead.getByTestId("kyc-proposed-by")).toContainText(officer.name);
    await lead.getByTestId("kyc-confirm-approval").click();
    await lead.getByTestId("kyc-confirm-dialog-confirm").click();
    await expect(lead.getByTestId("kyc-decision-result")).toContainText("复核通过");
    await expect(lead.getByTestId("kyc-status")).toHaveAttribute("data-status", "APPROVED");
    await expect(lead.getByTestId("kyc-wallet-status")).toHaveAttribute("data-status", "ACTIVE");
    await leadContext.close();

    await page.reload();
    await expect(page.getByTestId("kyc-status")).toHaveAttribute("data-status", "APPROVED");
    await expect(page.getByTestId("kyc-wallet-status")).toHaveAttribute("data-status", "ACTIVE");
  });

  test("a marketing user cannot open a submission or its documents", async ({ page }) => {
    await signIn(page, "marketing");
    await page.goto("/kyc/K000000011");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    expect((await page.request.get("/api/kyc/documents/K000000011-ID_FRONT")).status()).toBe(403);
  });
});
