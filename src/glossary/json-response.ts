/** A static JSON file's body, typed so hosts serve it as JSON. */
export const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
