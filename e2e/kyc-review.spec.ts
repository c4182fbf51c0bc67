// The KYC review workspace, as a compliance officer works it: find a submission in the queue, look at
// the documents, reveal an ID number with a reason (and an auditor finds that in the audit trail), reject
// with a reason code, approve a low-risk one (the wallet opens); a failed check digit, expiry, age or
// watchlist check cannot be approved at all, and an overridable failure is approved only with a reason
// code and a written reason, which a compliance lead in a second browser confirms. After each decision
// the next submission of the queue opens by itself.
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

/** Opens the submissions of a queue view one by one until one shows `testId`, and returns its id. */
async function findInQueue(page: Page, query: string, testId: string): Promise<string> {
  await page.goto(`/kyc?${query}`);
  const hrefs = await page.getByTestId("kyc-queue-table").locator("tbody tr[data-href]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-href")!));
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.getByTestId("kyc-decision")).toBeVisible();
    if ((await page.getByTestId(testId).count()) > 0) return href.split("/").pop()!.split("?")[0]!;
  }
  throw new Error(`the demo data has no submission in the queue view ${query} that shows ${testId}`);
}

test.describe("the KYC review workspace", () => {
  test("an officer reveals an ID number with a reason and rejects with a reason code; an auditor sees the reveal", async ({ page, browser }) => {
    const officer = demoStaff("officer");
    await signIn(page, "officer");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "实名审核" }).click();
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
    await expect(dialog).toContainText("至少需要 5 个字符");
    await dialog.getByLabel("查看原因").fill("核对证件号码与身份证照片是否一致");
    await dialog.getByTestId("pii-reveal-submit").click();
    await expect(dialog).toBeHidden();
    await expect(idNumber).toHaveAttribute("data-masked", "false");
    await expect(idNumber).toHaveText(/^\d{17}[\dX]已显示完整信息$/);
    await expect(page.getByTestId("pii-revealed")).toBeVisible();

    // `r` opens the rejection; without a reason code it is refused beside the field.
    await page.keyboard.press("r");
    const reject = page.getByRole("dialog", { name: `拒绝申请 ${id}` });
    await expect(reject).toBeVisible();
    // It opens on its first required field, the reason code.
    await expect(reject.getByLabel("拒绝原因")).toBeFocused();
    await reject.getByTestId("kyc-reject-dialog-submit").click();
    await expect(reject).toContainText("此项为必填。");
    await reject.getByLabel("拒绝原因").selectOption({ label: "证件图片无法辨认" });
    await reject.getByLabel("决定说明").fill("身份证国徽面反光，签发机关无法辨认");
    await reject.getByTestId("kyc-reject-dialog-submit").click();
    // The next submission of the queue opens; the way back to this one is named.
    await expect(page.getByTestId("kyc-next-opened")).toContainText(`上一个申请 ${id}：已拒绝此提交。`);
    await page.getByRole("link", { name: `查看 ${id}` }).click();
    await expect(page).toHaveURL(`/kyc/${id}`);
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
    const id = await openFromQueue(page, "status=PENDING&risk=LOW");
    await expect(page.getByTestId("kyc-wallet-status")).toHaveAttribute("data-status", "PENDING_KYC");
    await expect(page.getByTestId("kyc-comparison-summary")).toHaveText("全部一致");
    const tier = (await page.getByTestId("kyc-status").locator("xpath=../..").textContent())!.match(/(I{1,3})类账户/)![1]!;

    await page.getByTestId("kyc-approve").click();
    const dialog = page.getByTestId("kyc-approve-dialog");
    await expect(dialog).toContainText(`${tier}类账户`);
    await page.getByTestId("kyc-approve-dialog-submit").click();
    await expect(page.getByTestId("kyc-next-opened")).toContainText(`上一个申请 ${id}：已批准。客户钱包已开通为${tier}类账户。`);

    await page.goto(`/kyc/${id}`);
    await expect(page.getByTestId("kyc-status")).toHaveAttribute("data-status", "APPROVED");
    await expect(page.getByTestId("kyc-wallet-status")).toHaveAttribute("data-status", "ACTIVE");
    await expect(page.getByTestId("kyc-wallet-status")).toHaveText("已开通");
    await expect(page.getByTestId("kyc-wallet-tier")).toHaveText(`${tier}类账户`);
    await expect(page.getByTestId("kyc-approve")).toHaveCount(0);
  });

  test("a submission whose ID check digit, expiry, age or watchlist check failed cannot be approved, and its comparison does not say all match", async ({ page }) => {
    await signIn(page, "officer");
    const id = await findInQueue(page, "status=PENDING&risk=MEDIUM", "kyc-approve-blocked");
    await expect(page.getByTestId("kyc-approve-blocked")).toContainText("不能批准");
    await expect(page.getByTestId("kyc-approve-blocked")).toContainText("按规定只能拒绝或要求补件");
    await expect(page.getByTestId("kyc-approve")).toBeDisabled();
    await expect(page.getByTestId("kyc-approve")).toHaveAccessibleDescription(/不能批准/);
    await expect(page.getByTestId("kyc-comparison-summary")).not.toHaveText("全部一致");
    await expect(page.getByTestId("kyc-comparison-summary")).toContainText("核验未通过");
    await expect(page.getByTestId("kyc-comparison").locator("tr[data-check-failed]").first()).toContainText("未通过：");

    // `a` does nothing here; `r` still rejects.
    await expect(page.getByTestId("kyc-decision-controls")).toHaveAttribute("data-shortcuts", "on");
    await page.keyboard.press("a");
    await expect(page.getByTestId("kyc-approve-dialog")).toBeHidden();
    await page.keyboard.press("r");
    await expect(page.getByRole("dialog", { name: `拒绝申请 ${id}` })).toBeVisible();
  });

  test("an override needs a reason code and a written reason, and a lead confirms it in another browser", async ({ page, browser }) => {
    const officer = demoStaff("officer");
    const justification = "客户录入时将姓名末字打错，已与身份证人像面核对一致";
    await signIn(page, "officer");
    const id = await findInQueue(page, "status=PENDING&risk=MEDIUM", "kyc-override-note");
    await expect(page.getByTestId("kyc-override-note")).toContainText("须选择例外理由");
    await expect(page.getByTestId("kyc-decision-controls")).toHaveAttribute("data-shortcuts", "on");

    await page.keyboard.press("a");
    const dialog = page.getByRole("dialog", { name: `批准申请 ${id}？` });
    await expect(dialog).toContainText("均须由另一位合规主管复核");
    await expect(dialog.getByLabel("例外理由")).toBeFocused();
    await dialog.getByTestId("kyc-approve-dialog-submit").click();
    await expect(dialog).toContainText("请选择例外理由。");
    await expect(dialog).toContainText("请写明核实依据，至少 15 个字。");
    await dialog.getByLabel("例外理由").selectOption({ label: "客户录入错误，已与证件核对" });
    await dialog.getByLabel("核实依据").fill("已核对");
    await dialog.getByTestId("kyc-approve-dialog-submit").click();
    await expect(dialog).toContainText("请写明核实依据，至少 15 个字。");
    await dialog.getByLabel("核实依据").fill(justification);
    await dialog.getByTestId("kyc-approve-dialog-submit").click();
    await expect(page.getByTestId("kyc-next-opened")).toContainText(`上一个申请 ${id}：已提议批准，等待合规主管复核。`);

    // Back on it: waiting for a lead, with the reason shown and in the timeline; the wallet waits.
    await page.getByRole("link", { name: `查看 ${id}` }).click();
    await expect(page.getByTestId("kyc-status")).toHaveAttribute("data-status", "approvalPending");
    await expect(page.getByTestId("kyc-waiting-for-lead")).toContainText("等待合规主管复核");
    await expect(page.getByTestId("kyc-confirm-approval")).toHaveCount(0);
    await expect(page.getByTestId("kyc-override-code")).toContainText("客户录入错误，已与证件核对");
    await expect(page.getByTestId("kyc-override-reason")).toContainText(justification);
    await expect(page.getByTestId("kyc-timeline").locator('[data-action="kyc.approve-proposed"]')).toContainText(justification);
    await expect(page.getByTestId("kyc-wallet-status")).toHaveAttribute("data-status", "PENDING_KYC");

    const leadContext = await browser.newContext();
    const lead = await leadContext.newPage();
    await signIn(lead, "lead");
    await lead.goto(`/kyc/${id}`);
    await expect(lead.getByTestId("kyc-proposed-by")).toContainText(officer.name);
    await expect(lead.getByTestId("kyc-proposed-by")).toContainText("提议例外批准");
    await expect(lead.getByTestId("kyc-override-reason")).toContainText(justification);
    await lead.getByTestId("kyc-confirm-approval").click();
    await expect(lead.getByTestId("kyc-confirm-dialog-submit")).toBeFocused();
    await lead.keyboard.press("Enter");
    await expect(lead.getByTestId("kyc-decision-result")).toContainText("复核通过");
    await expect(lead.getByTestId("kyc-status")).toHaveAttribute("data-status", "APPROVED");
    await expect(lead.getByTestId("kyc-wallet-status")).toHaveAttribute("data-status", "ACTIVE");
    await expect(lead.getByTestId("kyc-override-code")).toContainText("客户录入错误，已与证件核对");
    await leadContext.close();
  });

  test("a marketing user cannot open a submission or its documents", async ({ page }) => {
    await signIn(page, "marketing");
    await page.goto("/kyc/K000000011");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    expect((await page.request.get("/api/kyc/documents/K000000011-ID_FRONT")).status()).toBe(403);
  });
});
