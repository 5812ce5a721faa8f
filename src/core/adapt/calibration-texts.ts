/**
 * Fixed inputs for calibration: chunks shaped like what the chunkers produce (code and prose, 60 to
 * 240 tokens), so a measured chunks/s predicts an indexing run. Changing them changes the numbers:
 * bump CALIBRATION_VERSION in calibration.ts when you do.
 */
export const CALIBRATION_DOCUMENTS: readonly string[] = [
  `upload.ts uploadWithRetry
export async function uploadWithRetry(file: LocalFile, target: URL, attempts = 3): Promise<UploadResult> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const body = await file.read();
      const response = await fetch(target, { method: 'PUT', body, headers: { 'content-type': file.mime } });
      if (!response.ok) throw new HttpError(response.status, await response.text());
      return { etag: response.headers.get('etag') ?? '', bytes: body.byteLength };
    } catch (e) {
      lastError = e;
      // Back off exponentially, but never wait longer than ten seconds between tries.
      await sleep(Math.min(10_000, 250 * 2 ** attempt));
    }
  }
  throw new UploadError(\`gave up on \${file.name} after \${attempts} attempts\`, { cause: lastError });
}`,
  `config.py load_config
def load_config(path: Path, env: Mapping[str, str] = os.environ) -> Config:
    """Reads the TOML file at path, then lets environment variables override single keys."""
    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    for key, value in env.items():
        if key.startswith("APP_"):
            section, _, name = key[4:].lower().partition("__")
            raw.setdefault(section, {})[name] = value
    try:
        return Config.model_validate(raw)
    except ValidationError as err:
        raise ConfigError(f"{path}: {err.error_count()} problems, first: {err.errors()[0]['msg']}") from err`,
  `README.md Installing
## Installing

The command line needs Node 20 or newer. Install it globally with your package manager, then run
the doctor once: it checks that the model loads, which execution providers work on this machine,
and how fast indexing will be. The first index of a large repository is built at a shallow depth so
that search works within a minute or two; it is deepened in the background while the machine is
plugged in and idle. Nothing leaves your machine: the model and the index live in your user cache.`,
  `cache.go (*LRU).Get
// Get returns the value for key and marks it most recently used.
func (c *LRU) Get(key string) (value []byte, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[key]
	if !ok {
		c.misses++
		return nil, false
	}
	c.order.MoveToFront(el)
	c.hits++
	return el.Value.(*entry).value, true
}`,
  `schema.sql orders
CREATE TABLE orders (
  id          BIGSERIAL PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  placed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  status      TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled')),
  total_cents INTEGER NOT NULL CHECK (total_cents >= 0)
);
CREATE INDEX orders_customer_placed ON orders (customer_id, placed_at DESC);`,
  `parser.rs Parser::parse_expression
    fn parse_expression(&mut self, min_precedence: u8) -> Result<Expr, ParseError> {
        let mut left = self.parse_unary()?;
        while let Some(op) = self.peek_binary_operator() {
            let precedence = op.precedence();
            if precedence < min_precedence {
                break;
            }
            self.advance();
            // Left-associative operators bind the right side one level tighter.
            let next = if op.is_right_associative() { precedence } else { precedence + 1 };
            let right = self.parse_expression(next)?;
            left = Expr::Binary { op, left: Box::new(left), right: Box::new(right), span: self.span_from(left_span) };
        }
        Ok(left)
    }`,
  `deploy.sh
#!/usr/bin/env bash
set -euo pipefail
# Builds the image, pushes it, and rolls the service forward one instance at a time.
tag="$(git rev-parse --short HEAD)"
docker build -t "registry.internal/shop:$tag" .
docker push "registry.internal/shop:$tag"
for host in $(cat hosts.txt); do
  ssh "$host" "docker pull registry.internal/shop:$tag && systemctl restart shop"
  curl --fail --retry 5 --retry-delay 2 "http://$host:8080/health"
done`,
  `UserService.java UserService.rename
    /**
     * Renames a user, keeping the old name reserved for thirty days so links and mentions still resolve.
     */
    @Transactional
    public User rename(long userId, String newName) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("user " + userId));
        if (reservations.isReserved(newName) || users.existsByName(newName)) {
            throw new ConflictException("name " + newName + " is taken");
        }
        reservations.reserve(user.getName(), Duration.ofDays(30));
        user.setName(newName);
        events.publish(new UserRenamed(userId, newName));
        return users.save(user);
    }`,
];

/** Short queries, as typed into the search box. */
export const CALIBRATION_QUERIES: readonly string[] = [
  'retry an upload with exponential backoff',
  'where are environment variables read into the config',
  'least recently used cache lookup',
];
