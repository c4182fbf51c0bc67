// API clients, as the administrator: register a client for the wallet app, see its signing secret once, call
// the decision API with it (a plain HTTP client with no staff session), revoke it with a reason, and see
// the next call refused. Everyone else is refused the page.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signedHeaders } from "@/lib/fraud/decisions/signing";
import { signIn } from "./support/staff";

const WALLET = "W00000001";

function decide(request: APIRequestContext, keyId: string, secret: string, amountFen: string) {
  const body = JSON.stringify({ walletId: WALLET, type: "PAYMENT", amountFen, channel: "QR", merchantName: "全家便利店", mcc: "5411", deviceId: "e2e-device", ip: "58.33.1.2" });
  return request.post("/api/v1/decisions", { data: body, headers: signedHeaders({ keyId, secret, body }) });
}

test("the administrator registers a client, its secret signs a decision request once shown, and revoking it refuses the next one", async ({ page, playwright, baseURL }) => {
  await signIn(page, "admin");
  await page.goto("/admin/api-clients");
  await expect(page.getByRole("heading", { level: 1, name: "接口客户端" })).toBeVisible();

  const name = `钱包应用 e2e ${Date.now()}`;
  await page.getByTestId("api-client-new").click();
  const form = page.getByTestId("api-client-form");
  await form.getByLabel("名称").fill(name);
  await form.getByLabel("每分钟请求上限").fill("120");
  await page.getByTestId("api-client-form-submit").click();

  const created = page.getByTestId("api-client-created");
  await expect(created).toContainText("只显示这一次");
  const keyId = (await created.getByTestId("api-client-key-id").textContent())!.trim();
  const secret = (await created.getByTestId("api-client-secret").textContent())!.trim();
  expect(keyId).toMatch(/^wc_live_[0-9a-f]{24}$/);
  expect(secret).toMatch(/^wcs_[\w-]{43}$/);
  const row = page.getByTestId("api-client-row").filter({ hasText: name });
  await expect(row.getByTestId("api-client-status")).toHaveText("使用中");
  await expect(row.getByTestId("api-client-last-used")).toHaveText("从未调用");

  // Once dismissed (or after a reload) the secret is gone for good.
  await page.getByTestId("api-client-secret-done").click();
  await expect(page.getByTestId("api-client-secret")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(secret)).toHaveCount(0);

  // The wallet app: no cookies, only the signature.
  const app = await playwright.request.newContext({ baseURL });
  const answered = await decide(app, keyId, secret, "1888");
  expect(answered.status(), await answered.text()).toBe(200);
  const decision = await answered.json();
  expect(decision).toMatchObject({ decision: expect.stringMatching(/^(allow|review|block)$/), score: expect.any(Number), reasons: expect.any(Array), requestId: expect.any(String) });

  await page.reload();
  await expect(row.getByTestId("api-client-last-used")).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

  await row.getByTestId("api-client-revoke").click();
  const revoke = page.getByTestId("api-client-revoke-form");
  await revoke.getByLabel("吊销原因").fill("e2e：密钥疑似泄露");
  await page.getByTestId("api-client-revoke-form-submit").click();
  await expect(row.getByTestId("api-client-status")).toHaveText("已吊销");
  await expect(row).toContainText("e2e：密钥疑似泄露");
  await expect(row.getByTestId("api-client-revoke")).toHaveCount(0);

  const refused = await decide(app, keyId, secret, "1999");
  expect(refused.status(), await refused.text()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: "client-revoked" });
  await app.dispose();

  // The revocation is in the audit trail, by the administrator.
  await page.goto("/audit?action=api-client.revoke");
  await expect(page.getByTestId("audit-events").locator("tbody tr").first()).toContainText(/周建国.*吊销接口客户端/);
});

test("the decision API's description is public, and the page is the administrator's alone", async ({ page, request }) => {
  const description = await request.get("/api/v1/openapi.json");
  expect(description.status()).toBe(200);
  expect((await description.json()).openapi).toBe("3.1.0");
  const unsigned = await request.post("/api/v1/decisions", { data: "{}" });
  expect(unsigned.status()).toBe(400);
  expect(await unsigned.json()).toMatchObject({ error: "missing-header" });

  await signIn(page, "lead");
  const response = await page.goto("/admin/api-clients");
  expect(response?.status()).toBe(403);
});
